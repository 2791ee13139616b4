package dev.rigadvisor.engine;

import java.util.List;

/** The rules folder does not build; carries every problem, at its file and line, one per line of the message. */
public class RulesDoNotBuild extends RuntimeException {

    private final List<RuleProblem> problems;

    public RulesDoNotBuild(List<RuleProblem> problems) {
        super(problems.isEmpty() ? "the rules do not build"
                : String.join("\n", problems.stream().map(RuleProblem::oneLine).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
