package dev.rigadvisor.engine.fact;

/** The recommended machine. */
public record Choice(String hardware, Citation cite) {
}
