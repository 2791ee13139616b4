package dev.rigadvisor.advice;

/** A warning or note the person should hear, with its advice and source. */
public record Notice(String advice, String message, String source, String rule) {
}
