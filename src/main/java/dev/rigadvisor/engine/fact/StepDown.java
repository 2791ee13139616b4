package dev.rigadvisor.engine.fact;

/** A workload whose pick no machine within the must-haves can run, stepped down from that model. */
public record StepDown(String workload, String from, String reason, Citation cite) {
}
