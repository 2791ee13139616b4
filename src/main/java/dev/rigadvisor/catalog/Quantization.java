package dev.rigadvisor.catalog;

/**
 * A weight format and what it costs per weight. A general format (the GGUF K-quants, FP16) applies to any
 * model; a model-specific one (MXFP4 for GPT-OSS, QAT for Gemma) only to the models whose footprints name it.
 */
public record Quantization(
        String id,
        double bitsPerWeight,
        int rank,
        Boolean general,
        String note,
        String source) {

    public double bytesPerWeight() {
        return bitsPerWeight / 8.0;
    }

    public boolean appliesToAnyModel() {
        return general == null || general;
    }
}
