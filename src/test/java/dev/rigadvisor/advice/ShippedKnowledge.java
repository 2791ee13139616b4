package dev.rigadvisor.advice;

import dev.rigadvisor.catalog.Platform;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Workload;
import dev.rigadvisor.engine.Consultation;
import dev.rigadvisor.engine.fact.Fit;
import dev.rigadvisor.engine.fact.MemoryEstimate;
import dev.rigadvisor.engine.fact.Speed;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The shipped rules and facts, loaded once for the tests that check the documents' tables. */
final class ShippedKnowledge {

    static final Advisor ADVISOR = Advisor.load(Path.of("rules"), Path.of("facts"));

    private ShippedKnowledge() {
    }

    static Workload workload(String id, Workload.Kind kind, String task, Workload.Quality quality, Integer context,
                             String resolution, String model, String quantization) {
        return new Workload(id, kind, task, quality, context, 1, resolution, model, quantization);
    }

    static Scenario scenario(double budget, List<Workload> workloads, List<String> considering) {
        return new Scenario("table check", null, budget, new Platform("any", false, "any"), 0.0, workloads, List.of(),
                considering, null, null);
    }

    static Consultation.Outcome consult(Scenario scenario) {
        return ADVISOR.consult(scenario);
    }

    static Optional<Fit> fit(Consultation.Outcome outcome, String hardware, String workload) {
        return outcome.all(Fit.class).stream()
                .filter(f -> f.hardware().equals(hardware) && f.workload().equals(workload)).findFirst();
    }

    static Optional<Speed> speed(Consultation.Outcome outcome, String hardware, String workload) {
        return outcome.all(Speed.class).stream()
                .filter(s -> s.hardware().equals(hardware) && s.workload().equals(workload)).findFirst();
    }

    static MemoryEstimate estimate(Consultation.Outcome outcome, String workload, String quantization) {
        return outcome.all(MemoryEstimate.class).stream()
                .filter(e -> e.workload().equals(workload) && e.quantization().equals(quantization)).findFirst()
                .orElseThrow(() -> new AssertionError("no estimate for " + workload + " at " + quantization));
    }
}
