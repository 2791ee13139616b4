package dev.rigadvisor.cli;

/** The exit codes every command uses, as documented in README. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int NO_HARDWARE = 1;
    public static final int BAD_INPUT = 2;
    public static final int RULES_FAIL = 3;
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
