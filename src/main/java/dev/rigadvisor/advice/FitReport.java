package dev.rigadvisor.advice;

import java.util.List;

/**
 * Whether one model runs on one machine: the format that runs (or the smallest tried, when none fits), its memory,
 * where it lives ({@code full} in fast memory, {@code split} with system RAM, or {@code none}), the speed, why it
 * does not fit, and the advice the rules applied.
 */
public record FitReport(String model, String modelName, String hardware, String hardwareName, String askedQuantization,
                        String quantization, String fit, String device, Memory memory, double spillGb,
                        TokensPerSecond tokensPerSecond, List<String> reasons, List<Notice> warnings,
                        List<AdviceUse> advice, String rulesVersion) {

    /** One rule that fired, with its advice IDs and source. */
    public record AdviceUse(String advice, String rule, String source) {
    }

    public FitReport {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
        advice = List.copyOf(advice);
    }

    public boolean fits() {
        return !"none".equals(fit);
    }
}
