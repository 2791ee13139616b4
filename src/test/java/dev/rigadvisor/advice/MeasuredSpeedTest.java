package dev.rigadvisor.advice;

import dev.rigadvisor.catalog.Parameter;
import dev.rigadvisor.catalog.Workload;
import dev.rigadvisor.engine.fact.Speed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** SPD-5: the documents' measured generation speeds fall inside the estimate's stated range. */
class MeasuredSpeedTest {

    @ParameterizedTest(name = "{0} {1} on {2}")
    @CsvSource({
            "qwen3-coder-next, Q3_K_M, rtx-5060-ti-16-build, qwen3-coder-next-5060ti-tokens-per-s",
            "gpt-oss-120b,     MXFP4,  dgx-spark,            gpt-oss-120b-spark-tokens-per-s",
    })
    void measuredSpeedIsInsideTheEstimate(String model, String format, String hardware, String measured) {
        Workload w = ShippedKnowledge.workload("w", Workload.Kind.llm, "coding", Workload.Quality.hero, 4096, null,
                model, format);
        var outcome = ShippedKnowledge.consult(ShippedKnowledge.scenario(100_000, List.of(w), List.of(hardware)));
        Speed speed = ShippedKnowledge.speed(outcome, hardware, "w")
                .orElseThrow(() -> new AssertionError(model + " gets no speed on " + hardware));
        double low = parameter(measured + "-low");
        double high = parameter(measured + "-high");
        assertTrue(speed.lowTokensPerSecond() <= low && high <= speed.highTokensPerSecond(),
                model + " on " + hardware + ": measured " + low + "-" + high + " tok/s, estimated "
                        + speed.lowTokensPerSecond() + "-" + speed.highTokensPerSecond() + " (" + speed.basis() + ")");
    }

    private static double parameter(String id) {
        return ShippedKnowledge.ADVISOR.catalog().parameters().stream().filter(p -> p.id().equals(id))
                .mapToDouble(Parameter::value).findFirst().orElseThrow(() -> new AssertionError("no parameter " + id));
    }
}
