package dev.rigadvisor.audit;

import dev.rigadvisor.engine.Firing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which firing concluded each fact of a run, so any fact can be traced back to the rule behind it. */
public final class Provenance {

    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

    private final Map<String, List<Firing>> insertedBy = new HashMap<>();

    Provenance(List<Firing> firings) {
        for (Firing f : firings) {
            for (String label : f.inserted()) {
                insertedBy.computeIfAbsent(label, k -> new java.util.ArrayList<>()).add(f);
            }
        }
    }

    /** The latest firing before the given one that concluded the fact; empty for a fact given as input. */
    Optional<Firing> source(String label, int beforeSequence) {
        Firing found = null;
        for (Firing f : insertedBy.getOrDefault(label, List.of())) {
            if (f.sequence() < beforeSequence) {
                found = f;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether a matched label is a fact worth naming, not the engine's initial fact or an accumulated count. */
    public static boolean isFact(String label) {
        return !label.startsWith("org.drools.") && !NUMBER.matcher(label).matches();
    }
}
