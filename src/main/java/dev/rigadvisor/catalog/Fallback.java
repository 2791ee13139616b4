package dev.rigadvisor.catalog;

/**
 * A row of the step-down table: when nothing within the must-haves runs {@code from}, the documents' smaller pick
 * for the same work is {@code model} at {@code quantization}, giving up what {@code givesUp} says.
 */
public record Fallback(String from, String model, String quantization, String givesUp, String advice, String source) {
}
