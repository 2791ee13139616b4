package dev.rigadvisor.engine.fact;

/** Something a machine cannot do, or can do only with a compromise. */
public record Limitation(String hardware, String message, Citation cite) {
}
