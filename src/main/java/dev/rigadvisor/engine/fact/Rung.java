package dev.rigadvisor.engine.fact;

/**
 * One acceptable way to run a workload's model: a quantization or precision, from the target format down to
 * the floor the advice accepts. Quality orders rungs (bits per weight for LLMs, the stated footprint for
 * diffusion models): higher is better.
 */
public record Rung(String workload, String model, String quantization, double quality, boolean target,
                   String resolution) {
}
