package dev.rigadvisor.engine;

import java.util.List;

/**
 * The order in which the rules reason, each an agenda group: pick models first, then estimate memory, fit
 * machines, judge them, rank them, select one, and explain. Later phases see every conclusion of earlier ones.
 */
public final class Phases {

    public static final List<String> ORDER = List.of("pick", "estimate", "fit", "judge", "rank", "select", "explain");

    private Phases() {
    }
}
