package dev.rigadvisor.engine;

import dev.rigadvisor.engine.fact.ScoreTerm;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FactLabelTest {

    @Test
    void collectedFactsReadAsTheirOwnLabels() {
        ScoreTerm coding = new ScoreTerm("mac", "coding", "speed", -2, null, "slow", null);
        ScoreTerm price = new ScoreTerm("mac", null, "price", 1.5, null, "cheap", null);

        assertEquals("[" + FactLabel.of(coding) + ", " + FactLabel.of(price) + "]", FactLabel.of(List.of(coding, price)));
        assertEquals("ScoreTerm mac/coding speed -2: slow", FactLabel.of(coding));
        assertEquals("ScoreTerm mac price +1.5: cheap", FactLabel.of(price));
    }

    @Test
    void numbersReadAsTheFormatterWouldWriteThem() {
        double[] edges = {0, -0.0, 0.05, 0.15, 0.25, 0.35, 0.45, -0.04, -0.05, -0.15, 1.05, 2.675, 9.95, 99.95, 0.1 + 0.2,
                1e-10, 123456789.45, 1e20 + 0.5, 3.0000000001, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (double value : edges) {
            assertEquals(expected(value), FactLabel.num(value), "num(" + value + ")");
        }
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double value = switch (i % 3) {
                case 0 -> random.nextDouble() * 200 - 100;
                case 1 -> Math.round(random.nextDouble() * 100000) / 1000.0;
                default -> random.nextGaussian() * 1e6;
            };
            assertEquals(expected(value), FactLabel.num(value), "num(" + value + ")");
        }
    }

    private static String expected(double value) {
        if (Math.abs(value - Math.rint(value)) < 1e-9) {
            return String.valueOf((long) Math.rint(value));
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
