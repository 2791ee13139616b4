package dev.rigadvisor.guidance;

import dev.rigadvisor.advice.ExpectationCheck;
import dev.rigadvisor.audit.Replay;

import java.util.ArrayList;
import java.util.List;

/** The scenarios that carry an expect block, each run and compared with what it expects. */
public final class ScenarioCheck {

    /**
     * One checked scenario: the run, the differences from its expect block (none when it passes), how its card
     * differs from the card under baseline rules ({@code null} when there is no baseline), and for a failure the
     * replay of the last audit entry that passed ({@code null} when there is none).
     */
    public record Result(ScenarioSweep.Run run, List<String> differences, TrailDifference sinceBaseline,
                         Replay sinceLastPass) {

        public Result {
            differences = List.copyOf(differences);
        }

        public boolean passed() {
            return differences.isEmpty();
        }
    }

    private ScenarioCheck() {
    }

    public static List<Result> of(List<ScenarioSweep.Run> runs) {
        return of(runs, List.of(), null);
    }

    /**
     * With {@code baseline}, the runs of the same scenarios under other rules, in the same order (or none); with
     * {@code audit} (or null), each failure is compared with its last passing audit entry.
     */
    public static List<Result> of(List<ScenarioSweep.Run> runs, List<ScenarioSweep.Run> baseline,
                                  LastPassingAudit audit) {
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ScenarioSweep.Run run = runs.get(i);
            if (run.scenario().expect() != null) {
                TrailDifference since = baseline.isEmpty() ? null
                        : TrailDifference.between(baseline.get(i).card(), run.card());
                List<String> differences = ExpectationCheck.differences(run.card(), run.scenario().expect());
                Replay lastPass = differences.isEmpty() || audit == null ? null : audit.since(run).orElse(null);
                out.add(new Result(run, differences, since, lastPass));
            }
        }
        return out;
    }

    public static boolean allPassed(List<Result> results) {
        return results.stream().allMatch(Result::passed);
    }
}
