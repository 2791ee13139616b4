package dev.rigadvisor.engine;

/** One error or warning from building the rules, at the DRL file and line a person edited. */
public record RuleProblem(String file, int line, int column, String severity, String message) {

    public String oneLine() {
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 0) + ": " + severity + ": " + message;
    }
}
