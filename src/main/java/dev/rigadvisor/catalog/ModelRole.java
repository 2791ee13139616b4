package dev.rigadvisor.catalog;

/** A row of MF's role picks: for this kind, task and quality, run this model at this quantization. */
public record ModelRole(String kind, String task, String quality, String model, String quantization,
                        String advice, String source) {
}
