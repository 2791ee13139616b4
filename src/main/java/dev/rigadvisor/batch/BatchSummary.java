package dev.rigadvisor.batch;

import dev.rigadvisor.render.Printable;

import java.util.List;
import java.util.Locale;

/** What a batch did: how many scenarios, how each ended, the errors in full, and how fast it went. */
public record BatchSummary(int scenarios, int ok, int noHardware, List<String> errors, double seconds) {

    public BatchSummary {
        errors = List.copyOf(errors);
    }

    public double perSecond() {
        return seconds > 0 ? scenarios / seconds : 0;
    }

    public String text() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "batch: %d scenarios: %d ok, %d no hardware, %d errors in %.2f s (%.0f scenarios/s)%n",
                scenarios, ok, noHardware, errors.size(), seconds, perSecond()));
        errors.forEach(e -> out.append("  error: ").append(Printable.line(e)).append(System.lineSeparator()));
        return out.toString();
    }
}
