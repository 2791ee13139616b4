package dev.rigadvisor.render;

import dev.rigadvisor.engine.FactLabel;

import java.util.Locale;

/** How numbers read on a card: the same number text as the trail's labels, and dollars with thousands separators. */
final class Numbers {

    private Numbers() {
    }

    static String gb(double value) {
        return FactLabel.gb(value);
    }

    static String usd(double value) {
        return "$" + String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    /** A budget: dollars, or "no limit" for the largest a scenario may state, which stands for none. */
    static String budget(double value) {
        return value >= dev.rigadvisor.catalog.Scenarios.MAX_BUDGET_USD ? "no limit" : usd(value);
    }

    static String num(double value) {
        return FactLabel.num(value);
    }
}
