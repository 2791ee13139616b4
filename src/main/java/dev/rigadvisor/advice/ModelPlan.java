package dev.rigadvisor.advice;

/**
 * What one workload runs on the chosen machine, in which format, in how much memory, and how fast: tokens/s and time
 * to first token for an LLM, time per image or clip for image and video.
 */
public record ModelPlan(String workload, String model, String modelName, String quantization,
                        String targetQuantization, String pickedBecause, Memory memory, boolean fitsInFastMemory,
                        String placement, String device, Double tokensPerSecond, TokensPerSecond speed,
                        FirstToken firstToken, GenerationTime generationTime) {
}
