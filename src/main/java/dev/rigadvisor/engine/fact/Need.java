package dev.rigadvisor.engine.fact;

/** The least memory a document says a workload needs on one device, whatever the estimate says. */
public record Need(String workload, double minGb, String level, Citation cite) {
}
