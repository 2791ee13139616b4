package dev.rigadvisor.engine.fact;

/**
 * Estimated generation speed of an LLM workload on a machine at its context: a typical (point) value and the range
 * the calibration supports around it, the GB read per token and the basis.
 */
public record Speed(String hardware, String workload, double lowTokensPerSecond, double typicalTokensPerSecond,
                    double highTokensPerSecond, double gbReadPerToken, int contextTokens, String basis, Citation cite) {
}
