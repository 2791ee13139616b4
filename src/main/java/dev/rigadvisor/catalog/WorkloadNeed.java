package dev.rigadvisor.catalog;

/** A row of MF's VRAM Math table: memory a workload kind needs at three levels. */
public record WorkloadNeed(String kind, double minimumGb, double comfortableGb, double noCompromiseGb,
                           String advice, String source) {
}
