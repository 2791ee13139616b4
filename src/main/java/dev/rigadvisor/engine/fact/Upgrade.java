package dev.rigadvisor.engine.fact;

/** What to move to later, and when, when a person starts small. */
public record Upgrade(String from, String to, String when, Citation cite) {
}
