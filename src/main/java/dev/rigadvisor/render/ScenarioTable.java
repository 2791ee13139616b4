package dev.rigadvisor.render;

import dev.rigadvisor.advice.Card;
import dev.rigadvisor.advice.ModelPlan;
import dev.rigadvisor.advice.Notice;
import dev.rigadvisor.advice.Recommendation;
import dev.rigadvisor.catalog.Expectation;
import dev.rigadvisor.guidance.ScenarioCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The result of checking scenarios against their expect blocks, as a table with the differences under it. */
public final class ScenarioTable {

    private ScenarioTable() {
    }

    public static String render(List<ScenarioCheck.Result> input) {
        List<ScenarioCheck.Result> results = Printable.of(input);
        boolean baseline = results.stream().anyMatch(r -> r.sinceBaseline() != null);
        Table table = baseline ? new Table("scenario", "expected", "got", "result", "card vs baseline")
                : new Table("scenario", "expected", "got", "result");
        for (ScenarioCheck.Result r : results) {
            List<String> row = new ArrayList<>(List.of(r.run().file().getFileName().toString(),
                    expected(r.run().scenario().expect()), got(r.run().card()), r.passed() ? "pass" : "FAIL"));
            if (baseline) {
                row.add(r.sinceBaseline().cardChanged() ? "changed" : "same");
            }
            table.row(row.toArray(String[]::new));
        }
        StringBuilder out = new StringBuilder(table.text());
        for (ScenarioCheck.Result r : results) {
            if (!r.passed()) {
                out.append('\n').append(r.run().file()).append(":\n");
                r.differences().forEach(d -> out.append("  ").append(d).append('\n'));
                if (r.sinceLastPass() != null) {
                    out.append("  since the last audit entry that passed:\n");
                    new AuditText(Style.plain()).replay(r.sinceLastPass()).lines()
                            .forEach(l -> out.append(l.isEmpty() ? "" : "    " + l).append('\n'));
                }
                if (r.sinceBaseline() != null) {
                    out.append("  firings that differ from the baseline rules:\n");
                    r.sinceBaseline().added().forEach(f -> out.append("    + ").append(f).append('\n'));
                    r.sinceBaseline().removed().forEach(f -> out.append("    - ").append(f).append('\n'));
                }
            }
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.append('\n').append(results.size()).append(" scenario(s) checked, ").append(results.size() - failed)
                .append(" passed, ").append(failed).append(" failed");
        if (baseline) {
            out.append("; ").append(results.stream().filter(r -> r.sinceBaseline().cardChanged()).count())
                    .append(" card(s) changed from the baseline rules");
        }
        out.append('\n');
        return out.toString();
    }

    static String expected(Expectation e) {
        List<String> parts = new ArrayList<>();
        if (Boolean.TRUE.equals(e.noHardware())) {
            parts.add("no machine");
        }
        if (e.hardware() != null) {
            parts.add(e.hardware());
        }
        if (!e.hardwareAnyOf().isEmpty()) {
            parts.add("one of " + String.join("|", e.hardwareAnyOf()));
        }
        if (e.minMemoryGb() != null) {
            parts.add(">=" + Numbers.gb(e.minMemoryGb()));
        }
        if (e.maxMemoryGb() != null) {
            parts.add("<=" + Numbers.gb(e.maxMemoryGb()));
        }
        if (e.cuda() != null) {
            parts.add(e.cuda() ? "cuda" : "no cuda");
        }
        if (e.memoryKind() != null) {
            parts.add(e.memoryKind());
        }
        if (e.maxPriceUsd() != null) {
            parts.add("<=" + Numbers.usd(e.maxPriceUsd()));
        }
        new TreeMap<>(e.models()).forEach((w, m) -> parts.add(w + "=" + m));
        e.warnings().forEach(id -> parts.add("+" + id));
        e.noWarnings().forEach(id -> parts.add("-" + id));
        e.rejected().forEach(id -> parts.add("not " + id));
        return String.join(", ", parts);
    }

    static String got(Card card) {
        Recommendation rec = card.recommendation();
        if (rec == null) {
            return "no machine";
        }
        List<String> parts = new ArrayList<>();
        var h = rec.hardware();
        parts.add(h.id() + " (" + Numbers.gb(h.memoryGb()) + " " + h.memoryKind() + (h.cuda() ? ", cuda" : "")
                + ", " + Numbers.usd(h.priceUsd()) + ")");
        Map<String, String> models = new TreeMap<>();
        for (ModelPlan m : rec.models()) {
            models.putIfAbsent(m.workload(), m.model());
        }
        models.forEach((w, m) -> parts.add(w + "=" + m));
        card.warnings().stream().map(Notice::advice).distinct().forEach(a -> parts.add("+" + a));
        return String.join(", ", parts);
    }
}
