package dev.rigadvisor.engine.fact;

/**
 * A reason a machine is not the recommendation. A blocking reason rules it out; the others say why it
 * lost to the chosen one.
 */
public record Rejection(String hardware, String reason, boolean blocking, String workload, Citation cite) {
}
