package dev.rigadvisor.advice;

import dev.rigadvisor.catalog.Parameter;
import dev.rigadvisor.catalog.Workload;
import dev.rigadvisor.engine.fact.Speed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SPD-5: the documents' measured generation speeds against the calibrated estimate. Both of MF's LLM figures lie
 * below what the calibration set measures with current llama.cpp, and the test keeps that gap explicit so that it is
 * revisited if either side moves: GPT-OSS-120B on a DGX Spark runs at 59 tok/s in llama.cpp's own DGX Spark benchmark
 * (calibration row 18) against MF's 31-35; Qwen3-Coder-Next (hybrid DeltaNet attention) was new to llama.cpp and
 * slow when MF measured 16-18 tok/s split on an RTX 5060 Ti. The cards keep MF's figures as cited notes.
 */
class MeasuredSpeedTest {

    @ParameterizedTest(name = "{0} {1} on {2}")
    @CsvSource({
            "qwen3-coder-next, Q3_K_M, rtx-5060-ti-16-build, qwen3-coder-next-5060ti-tokens-per-s, 1.5, 4",
            "gpt-oss-120b,     MXFP4,  dgx-spark,            gpt-oss-120b-spark-tokens-per-s,      1.3, 2.2",
    })
    void theDocumentsMeasuredBelowTheCalibratedEstimate(String model, String format, String hardware, String measured,
                                                         double minRatio, double maxRatio) {
        Workload w = ShippedKnowledge.workload("w", Workload.Kind.llm, "coding", Workload.Quality.hero, 4096, null,
                model, format);
        var outcome = ShippedKnowledge.consult(ShippedKnowledge.scenario(100_000, List.of(w), List.of(hardware)));
        Speed speed = ShippedKnowledge.speed(outcome, hardware, "w")
                .orElseThrow(() -> new AssertionError(model + " gets no speed on " + hardware));
        double middle = (parameter(measured + "-low") + parameter(measured + "-high")) / 2;
        double ratio = speed.typicalTokensPerSecond() / middle;
        assertTrue(ratio >= minRatio && ratio <= maxRatio, model + " on " + hardware + ": measured ~" + middle
                + " tok/s, estimated " + speed.typicalTokensPerSecond() + " (" + speed.basis() + "): ratio " + ratio);
    }

    private static double parameter(String id) {
        return ShippedKnowledge.ADVISOR.catalog().parameters().stream().filter(p -> p.id().equals(id))
                .mapToDouble(Parameter::value).findFirst().orElseThrow(() -> new AssertionError("no parameter " + id));
    }
}
