package dev.rigadvisor.advice;

/** What one workload runs on the chosen machine, in which format, in how much memory, and how fast. */
public record ModelPlan(String workload, String model, String modelName, String quantization,
                        String targetQuantization, String pickedBecause, Memory memory, boolean fitsInFastMemory,
                        String placement, String device, Double tokensPerSecond, TokensPerSecond speed) {
}
