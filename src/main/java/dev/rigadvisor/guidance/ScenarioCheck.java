package dev.rigadvisor.guidance;

import dev.rigadvisor.advice.ExpectationCheck;

import java.util.List;

/** The scenarios that carry an expect block, each run and compared with what it expects. */
public final class ScenarioCheck {

    /** One checked scenario: the run and the differences from its expect block (none when it passes). */
    public record Result(ScenarioSweep.Run run, List<String> differences) {

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
        return runs.stream().filter(run -> run.scenario().expect() != null)
                .map(run -> new Result(run, ExpectationCheck.differences(run.card(), run.scenario().expect())))
                .toList();
    }

    public static boolean allPassed(List<Result> results) {
        return results.stream().allMatch(Result::passed);
    }
}
