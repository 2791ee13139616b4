package dev.rigadvisor.engine;

/**
 * A rule failed while it ran: its action threw, or recursed until the stack ran out. Names the rule, its DRL
 * file and line, and what went wrong, in one line; like a rule that does not build, it is the rules' fault.
 */
public class RuleFault extends RuntimeException {

    public RuleFault(String message, Throwable cause) {
        super(message, cause);
    }
}
