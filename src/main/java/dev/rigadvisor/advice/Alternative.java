package dev.rigadvisor.advice;

import java.util.List;

/** A machine that was not chosen, and why: "ruled out" when a must-have failed, "lost" when it ranked lower. */
public record Alternative(HardwareSummary hardware, String verdict, boolean considered, List<Reason> reasons) {

    public Alternative {
        reasons = List.copyOf(reasons);
    }
}
