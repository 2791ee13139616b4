package dev.rigadvisor.engine.fact;

/** A machine that costs more than the person's budget: the one reason that an upgrade later can lift. */
public record OverBudget(String hardware, double priceUsd, double budgetUsd) {
}
