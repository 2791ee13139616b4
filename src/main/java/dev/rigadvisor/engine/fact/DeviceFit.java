package dev.rigadvisor.engine.fact;

/** One format of a workload fits fully in one device of a machine. */
public record DeviceFit(String hardware, String device, String workload, String quantization, double quality,
                        boolean target, double usableGb, double needGb, double bandwidthGbs, Citation cite) {
}
