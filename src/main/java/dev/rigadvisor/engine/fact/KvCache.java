package dev.rigadvisor.engine.fact;

/** Memory the KV cache takes for a workload's context and parallel contexts. */
public record KvCache(String workload, String model, int contextTokens, int parallel, double gb, String basis,
                      Citation cite) {
}
