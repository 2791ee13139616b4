package dev.rigadvisor.catalog;

import java.util.List;

/** One memory pool with the processor that reads it: a GPU card, or a unified-memory chip. */
public record Device(
        String name,
        double memoryGb,
        MemoryKind memoryKind,
        double bandwidthGbs,
        Double computeTflops,
        List<String> features) {

    public Device {
        features = features == null ? List.of() : List.copyOf(features);
    }

    public boolean cuda() {
        return features.contains("cuda");
    }

    public boolean has(String feature) {
        return features.contains(feature);
    }
}
