package dev.rigadvisor.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario's card must show: a hardware id (or one of several), properties of the hardware, the
 * model per workload, advice IDs whose warnings must and must not appear, and hardware that must be rejected.
 */
public record Expectation(
        String hardware,
        List<String> hardwareAnyOf,
        Double minMemoryGb,
        Double maxMemoryGb,
        Boolean cuda,
        String memoryKind,
        Double maxPriceUsd,
        Map<String, String> models,
        List<String> warnings,
        List<String> noWarnings,
        List<String> rejected,
        Boolean noHardware) {

    public Expectation {
        hardwareAnyOf = hardwareAnyOf == null ? List.of() : List.copyOf(hardwareAnyOf);
        // in the file's order: Map.copyOf's order changes from run to run, and checks and audit entries list these
        models = models == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(models));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        noWarnings = noWarnings == null ? List.of() : List.copyOf(noWarnings);
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }
}
