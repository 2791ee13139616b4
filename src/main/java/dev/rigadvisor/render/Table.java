package dev.rigadvisor.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Rows under headings, as aligned text or as a Markdown table. */
public final class Table {

    private final List<String> headings;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... headings) {
        this.headings = List.of(headings);
    }

    public Table row(String... cells) {
        rows.add(Arrays.stream(cells).map(Printable::line).toList());
        return this;
    }

    public String text() {
        int[] widths = new int[headings.size()];
        for (List<String> line : all()) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> line : all()) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                text.append(String.format("%-" + (widths[i] + 2) + "s", line.get(i)));
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", headings)).append(" |\n|");
        headings.forEach(h -> out.append("---|"));
        out.append('\n');
        rows.forEach(r -> out.append("| ").append(String.join(" | ", r.stream().map(Printable::markdown).toList()))
                .append(" |\n"));
        return out.toString();
    }

    private List<List<String>> all() {
        List<List<String>> all = new ArrayList<>();
        all.add(headings);
        all.addAll(rows);
        return all;
    }
}
