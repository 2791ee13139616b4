package dev.rigadvisor.render;

import dev.rigadvisor.advice.Weighing;

import java.util.ArrayList;
import java.util.List;

/** The card's weighing as lines, for every format: each score as its sum, the margin, what decided, what would flip. */
final class WeighingLines {

    private WeighingLines() {
    }

    /** {@code all}: every term's reason, and every decisive difference instead of the first three. */
    static List<String> of(Weighing w, boolean all) {
        List<String> lines = new ArrayList<>();
        if (w == null) {
            return lines;
        }
        if (w.choice() != null) {
            lines.add(sum(w.choice()));
            if (all) {
                reasons(w.choice(), lines);
            }
        }
        if (w.runnerUp() != null) {
            lines.add(sum(w.runnerUp()));
            if (all) {
                reasons(w.runnerUp(), lines);
            }
            lines.add("Margin: " + Numbers.num(Math.round((w.choice().score() - w.runnerUp().score()) * 100) / 100.0)
                    + " points (start small takes the cheaper machine within " + Numbers.num(w.startSmallMarginPoints())
                    + " points of the best)");
            w.decisive().stream().limit(all ? Long.MAX_VALUE : 3).forEach(d -> lines.add("Decided by " + d));
        }
        w.flips().forEach(f -> lines.add("Would change the answer: " + f));
        return lines;
    }

    private static String sum(Weighing.Score s) {
        StringBuilder out = new StringBuilder(s.hardware()).append(": score ").append(Numbers.num(s.score())).append(" = ");
        if (s.terms().isEmpty()) {
            out.append('0');
        }
        for (int i = 0; i < s.terms().size(); i++) {
            Weighing.Term t = s.terms().get(i);
            out.append(i == 0 ? "" : t.points() < 0 ? " - " : " + ")
                    .append(Numbers.num(i == 0 ? t.points() : Math.abs(t.points()))).append(' ').append(t.term())
                    .append(t.workload() == null ? "" : "/" + t.workload());
        }
        return out.toString();
    }

    private static void reasons(Weighing.Score s, List<String> lines) {
        s.terms().forEach(t -> lines.add("  " + Numbers.num(t.points()) + " " + t.term()
                + (t.workload() == null ? "" : " on " + t.workload()) + ": " + t.reason() + " [" + t.advice() + "]"));
    }
}
