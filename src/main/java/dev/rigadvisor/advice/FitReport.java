package dev.rigadvisor.advice;

import java.util.List;

/**
 * Whether one model runs on one machine: the format that runs (or the smallest tried, when none fits), its memory,
 * where it lives ({@code full} in fast memory, {@code split} with system RAM, or {@code none}), the speed, time to
 * first token or per image/clip, higher formats that also fit, where the documents' footprints disagree with the
 * arithmetic, why it does not fit, and the advice the rules applied.
 */
public record FitReport(String model, String modelName, String hardware, String hardwareName, String askedQuantization,
                        String quantization, String fit, String device, Memory memory, double spillGb,
                        TokensPerSecond tokensPerSecond, FirstToken firstToken, GenerationTime generationTime,
                        List<Option> options, List<String> notes, List<String> reasons, List<Notice> warnings,
                        List<AdviceUse> advice, String rulesVersion) {

    /**
     * One rule that fired, with its advice IDs and source; {@code shapedAnswer} when it ran in a phase that picks,
     * sizes or fits the model (the answer), not one that weighs or explains a machine.
     */
    public record AdviceUse(String advice, String rule, String source, boolean shapedAnswer) {
    }

    /** A higher-precision format that also fits fully, with its memory and speed. */
    public record Option(String quantization, double needGb, TokensPerSecond tokensPerSecond) {
    }

    public FitReport {
        options = List.copyOf(options);
        notes = List.copyOf(notes);
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
        advice = List.copyOf(advice);
    }

    FitReport withOptions(List<Option> more) {
        return new FitReport(model, modelName, hardware, hardwareName, askedQuantization, quantization, fit, device,
                memory, spillGb, tokensPerSecond, firstToken, generationTime, more, notes, reasons, warnings, advice,
                rulesVersion);
    }

    public boolean fits() {
        return !"none".equals(fit);
    }
}
