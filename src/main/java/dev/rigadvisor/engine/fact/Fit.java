package dev.rigadvisor.engine.fact;

/**
 * How a workload runs on a machine: the best format that fits, on which device, and whether fully in fast
 * memory or split with system RAM ({@code spillGb} of it in RAM).
 */
public record Fit(String hardware, String workload, String model, String quantization, boolean atTarget,
                  Placement placement, String device, double usableGb, double needGb, double spillGb,
                  double bandwidthGbs, Citation cite) {

    public boolean full() {
        return placement == Placement.full;
    }
}
