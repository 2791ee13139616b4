package dev.rigadvisor.engine.fact;

/** What would change the answer: the change, and the machine it would lead to. */
public record Flip(String hardware, String change, Citation cite) {
}
