package dev.rigadvisor.engine.fact;

/** Memory one workload needs in one format: weights + KV cache + runtime overhead, each visible. */
public record MemoryEstimate(String workload, String model, String quantization, double quality, boolean target,
                             double weightsGb, double kvCacheGb, double overheadGb,
                             String basis, Citation cite) {

    public double totalGb() {
        return weightsGb + kvCacheGb + overheadGb;
    }
}
