package dev.rigadvisor.guidance;

import dev.rigadvisor.advice.ExpectationCheck;

import java.util.ArrayList;
import java.util.List;

/** The scenarios that carry an expect block, each run and compared with what it expects. */
public final class ScenarioCheck {

    /**
     * One checked scenario: the run, the differences from its expect block (none when it passes), and how its card
     * differs from the card under baseline rules ({@code null} when there is no baseline).
     */
    public record Result(ScenarioSweep.Run run, List<String> differences, TrailDifference sinceBaseline) {

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
        return of(runs, List.of());
    }

    /** With {@code baseline}, the runs of the same scenarios under other rules, in the same order (or none). */
    public static List<Result> of(List<ScenarioSweep.Run> runs, List<ScenarioSweep.Run> baseline) {
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ScenarioSweep.Run run = runs.get(i);
            if (run.scenario().expect() != null) {
                TrailDifference since = baseline.isEmpty() ? null
                        : TrailDifference.between(baseline.get(i).card(), run.card());
                out.add(new Result(run, ExpectationCheck.differences(run.card(), run.scenario().expect()), since));
            }
        }
        return out;
    }

    public static boolean allPassed(List<Result> results) {
        return results.stream().allMatch(Result::passed);
    }
}
