package dev.rigadvisor.engine;

import java.util.List;

/** The rules folder does not build; carries every problem, at its file and line. */
public class RulesDoNotBuild extends RuntimeException {

    private final List<RuleProblem> problems;

    public RulesDoNotBuild(List<RuleProblem> problems) {
        super(problems.isEmpty() ? "the rules do not build" : problems.get(0).oneLine());
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
