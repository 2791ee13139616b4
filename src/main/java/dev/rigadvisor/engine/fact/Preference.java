package dev.rigadvisor.engine.fact;

/** A point in a machine's favour that the documents give, used to rank machines that all qualify. */
public record Preference(String hardware, int points, String reason, Citation cite) {
}
