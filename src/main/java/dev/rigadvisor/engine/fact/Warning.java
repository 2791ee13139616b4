package dev.rigadvisor.engine.fact;

/** Advice the person should hear because of something in their scenario. */
public record Warning(String topic, String message, Citation cite) {
}
