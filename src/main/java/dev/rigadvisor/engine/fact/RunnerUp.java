package dev.rigadvisor.engine.fact;

/** The machine that qualifies and scores best after the choice: the one the card weighs the choice against. */
public record RunnerUp(String hardware, Citation cite) {
}
