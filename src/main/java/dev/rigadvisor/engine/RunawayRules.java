package dev.rigadvisor.engine;

/** The rules kept firing past the limit: a loop in the guidance, named by the rules that kept firing. */
public class RunawayRules extends RuntimeException {

    public RunawayRules(String message) {
        super(message);
    }
}
