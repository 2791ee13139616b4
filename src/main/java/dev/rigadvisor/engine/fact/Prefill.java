package dev.rigadvisor.engine.fact;

/** How long a workload's prompt takes to read before the first token (compute-bound, SPD-3), with its basis. */
public record Prefill(String hardware, String workload, int promptTokens, double tokensPerSecond, double seconds,
                      String basis, Citation cite) {
}
