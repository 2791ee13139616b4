package dev.rigadvisor.catalog;

import java.util.List;

/** A person's situation: what they run and how, what they may spend, where it must run. */
public record Scenario(
        String name,
        String description,
        double budgetUsd,
        Platform platform,
        Double apiSpendUsdPerMonth,
        List<Workload> workloads,
        List<List<String>> together,
        List<String> considering,
        String have,
        Expectation expect) {

    public Scenario {
        platform = platform == null ? new Platform("any", false, "any") : platform;
        apiSpendUsdPerMonth = apiSpendUsdPerMonth == null ? 0.0 : apiSpendUsdPerMonth;
        workloads = workloads == null ? List.of() : List.copyOf(workloads);
        together = together == null ? List.of() : together.stream().map(List::copyOf).toList();
        considering = considering == null ? List.of() : List.copyOf(considering);
    }

    /** Whether the person gave a budget: the largest budget a scenario may state stands for none. */
    public boolean budgetStated() {
        return budgetUsd < Scenarios.MAX_BUDGET_USD;
    }

    /** This scenario starting from a machine the person already has. */
    public Scenario withHave(String hardwareId) {
        return new Scenario(name, description, budgetUsd, platform, apiSpendUsdPerMonth, workloads, together,
                considering, hardwareId, expect);
    }

    /** This scenario weighing these machines. */
    public Scenario withConsidering(List<String> hardwareIds) {
        return new Scenario(name, description, budgetUsd, platform, apiSpendUsdPerMonth, workloads, together,
                hardwareIds, have, expect);
    }
}
