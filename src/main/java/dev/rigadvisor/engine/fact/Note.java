package dev.rigadvisor.engine.fact;

/** Advice about the recommended machine or the plan that is worth knowing but warns of nothing. */
public record Note(String topic, String message, Citation cite) {
}
