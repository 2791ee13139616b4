package dev.rigadvisor.engine.fact;

/** Estimated generation speed of an LLM workload on a machine, as a range with its basis. */
public record Speed(String hardware, String workload, double lowTokensPerSecond, double highTokensPerSecond,
                    double gbReadPerToken, String basis, Citation cite) {
}
