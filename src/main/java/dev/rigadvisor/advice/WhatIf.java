package dev.rigadvisor.advice;

import java.util.List;

/** A card before and after a change to the scenario, and what changed between them. */
public record WhatIf(Card before, Card after, List<String> changes) {

    public WhatIf {
        changes = List.copyOf(changes);
    }

    public static WhatIf of(Card before, Card after) {
        return new WhatIf(before, after, CardChanges.between(before, after));
    }
}
