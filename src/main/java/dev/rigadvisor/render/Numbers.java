package dev.rigadvisor.render;

import java.util.Locale;

/** How numbers read on a card. */
final class Numbers {

    private Numbers() {
    }

    static String gb(double value) {
        return num(value) + " GB";
    }

    static String usd(double value) {
        return "$" + String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    static String num(double value) {
        if (Math.abs(value - Math.rint(value)) < 1e-9) {
            return String.valueOf((long) Math.rint(value));
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
