package dev.rigadvisor.catalog;

/**
 * A memory footprint a document states for a model: at a quantization or precision, and for video at a
 * resolution. {@code memoryGb} is the figure given (the low end of a range), {@code upToGb} the high end.
 */
public record Footprint(
        String quantization,
        String resolution,
        double memoryGb,
        Double upToGb,
        String note,
        String source) {

    public double highGb() {
        return upToGb == null ? memoryGb : upToGb;
    }
}
