package dev.rigadvisor.engine.fact;

/**
 * A footprint a document states that the arithmetic (total parameters x bits per weight) contradicts by more than
 * the tolerance: the document's figure stays cited, the decision uses the arithmetic, and the card shows both.
 */
public record Discrepancy(String model, String quantization, double statedGb, double arithmeticGb, String message,
                          Citation cite) {
}
