package dev.rigadvisor.advice;

import java.util.List;

/** The situation the card answers, as the person gave it; {@code have} is the machine they start from, if any. */
public record ScenarioSummary(String name, String file, double budgetUsd, String os, boolean portable, String cuda,
                              double apiSpendUsdPerMonth, List<String> workloads, List<List<String>> together,
                              List<String> considering, HardwareSummary have) {
}
