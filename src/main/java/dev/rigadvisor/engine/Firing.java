package dev.rigadvisor.engine;

import java.util.List;

/** One rule firing: which rule, the advice and source it cites, what it matched and what it concluded. */
public record Firing(int sequence, String rule, String file, String advice, String source,
                     List<String> matched, List<String> inserted, List<String> retracted) {

    public Firing {
        matched = List.copyOf(matched);
        inserted = List.copyOf(inserted);
        retracted = List.copyOf(retracted);
    }
}
