package dev.rigadvisor.engine.fact;

/** Months of API spend that the chosen machine's price equals. */
public record BreakEven(String hardware, double priceUsd, double apiSpendUsdPerMonth, double months, Citation cite) {
}
