package dev.rigadvisor.engine.fact;

/** A case in which the documents say 96-128GB is justified, found in the scenario. */
public record Justification(String workload, String message, Citation cite) {
}
