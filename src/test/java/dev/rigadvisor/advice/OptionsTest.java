package dev.rigadvisor.advice;

import dev.rigadvisor.catalog.Workload;
import dev.rigadvisor.engine.Consultation;
import dev.rigadvisor.engine.fact.Fit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MF's options A-D: what each runs, and what each cannot do, as the rules judge them. MF says B, C and D run
 * Qwen3-235B at Q3-Q4 (its ~55-70GB figures); 235B x 4.85 bits is 142 GB and x 3.91 bits 115 GB, so physics rules
 * that out on 96 GB of VRAM and on 128 GB of unified memory: those rows say "cannot" (FootprintTest lists MF's figures).
 */
class OptionsTest {

    @ParameterizedTest(name = "Option {0} ({1}) {5} {2}")
    @CsvSource({
            // option, hardware, model, format, resolution, verdict (runs | cannot | below-target)
            "A, rtx-5090-build,      qwen3-32b,       Q6_K,   ,     runs",
            "A, rtx-5090-build,      flux1-dev,       FP16,   ,     runs",
            "A, rtx-5090-build,      wan2.1-14b,      FP16,   480p, runs",
            "A, rtx-5090-build,      framepack,       FP16,   ,     runs",
            "A, rtx-5090-build,      qwen3-235b-a22b, Q4_K_M, ,     cannot",
            "A, rtx-5090-build,      wan2.1-14b,      FP16,   720p, cannot",
            "A, rtx-5090-build,      hidream-i1-full, FP16,   ,     below-target",
            "B, rtx-pro-6000-build,  qwen3-235b-a22b, Q4_K_M, ,     cannot",
            "B, rtx-pro-6000-build,  qwen3-235b-a22b, Q3_K_M, ,     cannot",
            "B, rtx-pro-6000-build,  qwen3.5-122b,    Q4_K_M, ,     runs",
            "B, rtx-pro-6000-build,  hidream-i1-full, FP16,   ,     runs",
            "B, rtx-pro-6000-build,  wan2.1-14b,      FP16,   720p, runs",
            "C, hybrid-5090-dgx-spark, qwen3-235b-a22b, Q4_K_M, ,   cannot",
            "C, hybrid-5090-dgx-spark, wan2.1-14b,    FP16,   480p, runs",
            "D, pro-6000-plus-5090,  qwen3-235b-a22b, Q4_K_M, ,     cannot",
            "D, pro-6000-plus-5090,  hidream-i1-full, FP16,   ,     runs",
            "D, pro-6000-plus-5090,  wan2.1-14b,      FP16,   720p, runs",
    })
    void optionRunsWhatMfSays(String option, String hardware, String model, String format, String resolution,
                              String verdict) {
        var m = ShippedKnowledge.ADVISOR.catalog().model(model).orElseThrow();
        Workload.Kind kind = Workload.Kind.valueOf(m.modality().name());
        Workload w = ShippedKnowledge.workload("w", kind, kind == Workload.Kind.llm ? "chat" : "generate",
                Workload.Quality.hero, kind == Workload.Kind.llm ? 4096 : null, resolution, model, format);
        Consultation.Outcome outcome = ShippedKnowledge.consult(ShippedKnowledge.scenario(100_000, List.of(w), List.of(hardware)));
        assertEquals(option, ShippedKnowledge.ADVISOR.catalog().hardware(hardware).orElseThrow().option());
        Optional<Fit> fit = ShippedKnowledge.fit(outcome, hardware, "w");
        switch (verdict) {
            case "runs" -> assertTrue(fit.isPresent() && fit.get().atTarget() && fit.get().full(),
                    "Option " + option + " should run " + model + " " + format + " in fast memory: " + fit);
            case "cannot" -> assertTrue(fit.isEmpty() || !fit.get().full(),
                    "Option " + option + " should not hold " + model + " " + format + " in fast memory: " + fit);
            default -> assertTrue(fit.isPresent() && !fit.get().atTarget(),
                    "Option " + option + " should run " + model + " only below " + format + ": " + fit);
        }
    }

    @ParameterizedTest(name = "Option C puts {0} on {1}")
    @CsvSource({
            "qwen3.5-122b,    DGX Spark",
            "wan2.1-14b,      RTX 5090",
    })
    void theHybridSplitsLlmsFromVideo(String model, String deviceFragment) {
        var m = ShippedKnowledge.ADVISOR.catalog().model(model).orElseThrow();
        Workload.Kind kind = Workload.Kind.valueOf(m.modality().name());
        Workload w = ShippedKnowledge.workload("w", kind, kind == Workload.Kind.llm ? "chat" : "generate",
                Workload.Quality.hero, kind == Workload.Kind.llm ? 4096 : null, kind == Workload.Kind.video ? "480p" : null,
                model, kind == Workload.Kind.llm ? "Q4_K_M" : "FP16");
        Consultation.Outcome outcome = ShippedKnowledge.consult(ShippedKnowledge.scenario(100_000, List.of(w), List.of()));
        Fit fit = ShippedKnowledge.fit(outcome, "hybrid-5090-dgx-spark", "w").orElseThrow();
        assertTrue(fit.device().contains(deviceFragment), model + " went to " + fit.device());
    }
}
