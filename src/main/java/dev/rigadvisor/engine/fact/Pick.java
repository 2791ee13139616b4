package dev.rigadvisor.engine.fact;

/** The model chosen for a workload before any hardware is considered (models first), and its target format. */
public record Pick(String workload, String model, String quantization, String basis, Citation cite) {
}
