package dev.rigadvisor.render;

import dev.rigadvisor.advice.Comparison;
import dev.rigadvisor.advice.Reason;

import java.util.ArrayList;
import java.util.List;

/** Machines side by side, as text or Markdown: one column per machine, rows for the machine and each workload. */
public final class ComparisonText {

    private ComparisonText() {
    }

    public static String text(Comparison input) {
        Comparison c = Printable.of(input);
        return header(c) + table(c).text() + "\n" + reasons(c, "") + footer(c);
    }

    public static String markdown(Comparison input) {
        Comparison c = Printable.of(input);
        return "# " + header(c).replace("\n", "\n\n") + table(c).markdown() + "\n" + reasons(c, "## ") + "\n---\n"
                + footer(c);
    }

    private static String header(Comparison c) {
        return "Compare for: " + c.scenario().name() + "\n" + String.join(" · ", Facts.situation(c.scenario())) + "\n"
                + (c.chosen() == null ? "None of these machines satisfies the scenario."
                : "Best of these: " + c.chosen()) + "\n\n";
    }

    private static Table table(Comparison c) {
        List<String> headings = new ArrayList<>();
        headings.add("");
        c.machines().forEach(m -> headings.add(m.hardware().id()));
        Table table = new Table(headings.toArray(String[]::new));
        table.row(line("verdict", c, m -> m.verdict()));
        table.row(line("price", c, m -> Numbers.usd(m.hardware().priceUsd())));
        table.row(line("memory", c, m -> Numbers.gb(m.hardware().memoryGb()) + " " + m.hardware().memoryKind()));
        table.row(line("bandwidth", c, m -> Numbers.num(m.hardware().bandwidthGbs()) + " GB/s"));
        table.row(line("CUDA", c, m -> m.hardware().cuda() ? "yes" : "no"));
        for (int i = 0; i < c.workloads().size(); i++) {
            int at = i;
            String w = c.workloads().get(i);
            table.row(line(w, c, m -> cellFormat(m.workloads().get(at))));
            table.row(line("  memory", c, m -> cellMemory(m.workloads().get(at))));
            table.row(line("  speed", c, m -> cellSpeed(m.workloads().get(at))));
        }
        return table;
    }

    /** Tokens/s and time to first token for an LLM, time per image or clip otherwise. */
    private static String cellSpeed(Comparison.Cell cell) {
        if (cell.generationTime() != null) {
            return Estimates.generationTime(cell.generationTime());
        }
        if (cell.speed() == null) {
            return "-";
        }
        return Numbers.num(cell.speed().typical()) + " tok/s"
                + (cell.firstToken() == null ? "" : ", TTFT " + Estimates.duration(cell.firstToken().seconds()));
    }

    private static String cellFormat(Comparison.Cell cell) {
        return cell.quantization() == null ? "does not fit" : cell.model() + " " + cell.quantization();
    }

    private static String cellMemory(Comparison.Cell cell) {
        return switch (cell.fit()) {
            case "full" -> Numbers.num(cell.needGb()) + " of " + Numbers.gb(cell.usableGb());
            case "split" -> Numbers.num(cell.needGb()) + " GB, split with RAM";
            default -> "-";
        };
    }

    private static String[] line(String label, Comparison c, java.util.function.Function<Comparison.Column, String> value) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        c.machines().forEach(m -> cells.add(value.apply(m)));
        return cells.toArray(String[]::new);
    }

    private static String reasons(Comparison c, String heading) {
        StringBuilder out = new StringBuilder();
        for (Comparison.Column m : c.machines()) {
            out.append(heading).append(m.hardware().id()).append(" (").append(m.verdict()).append(")\n");
            if (!heading.isEmpty()) {
                out.append('\n');
            }
            for (Reason r : m.reasons()) {
                out.append(r.blocking() ? "  x " : "  - ").append(r.message())
                        .append(r.advice().isEmpty() ? "" : " [" + r.advice() + "]").append('\n');
            }
            if (m.reasons().isEmpty()) {
                out.append("  - nothing against it\n");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String footer(Comparison c) {
        return "Rules and facts version " + c.rulesVersion() + "\n";
    }
}
