package dev.rigadvisor.engine.fact;

/** Memory the weights of a model take in one format, and how that figure was reached. */
public record Weights(String workload, String model, String quantization, double gb, String basis,
                      Double arithmeticGb, Citation cite) {
}
