package dev.rigadvisor.advice;

import java.util.List;

/** The chosen machine, what each workload runs on it, and what it cannot do. */
public record Recommendation(HardwareSummary hardware, String chosenBecause, List<ModelPlan> models,
                             List<String> cannotDo, String tier) {

    public Recommendation {
        models = List.copyOf(models);
        cannotDo = List.copyOf(cannotDo);
    }
}
