package dev.rigadvisor.render;

import dev.rigadvisor.advice.Alternative;
import dev.rigadvisor.advice.HardwareSummary;
import dev.rigadvisor.advice.ModelPlan;
import dev.rigadvisor.advice.Recommendation;

import java.util.List;
import java.util.Locale;

/**
 * An SVG bar chart on one memory scale: each workload's estimate stacked as weights, KV cache and overhead,
 * marked with what its device can use, then the chosen machine's memory and every alternative's.
 */
final class MemoryChart {

    private static final int LABEL = 230;
    private static final int BARS = 560;
    private static final int ROW = 22;
    private static final int GAP = 6;
    private static final String WEIGHTS = "#3b6fd8";
    private static final String KV = "#e39b2d";
    private static final String OVERHEAD = "#9aa3ad";
    private static final String CHOSEN = "#2a9d5c";
    private static final String LOST = "#8fb4e6";
    private static final String RULED_OUT = "#cfd4db";

    private MemoryChart() {
    }

    static String svg(Recommendation rec, List<Alternative> alternatives) {
        double top = scaleTop(rec, alternatives);
        int rows = rec.models().size() + 1 + alternatives.size();
        int height = 40 + 2 * 26 + rows * (ROW + GAP) + 30;
        int width = LABEL + BARS + 120;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"Memory of each workload against each machine\">");
        legend(svg);
        int y = 40;
        int gridTop = y;
        svg.append(heading(y, "Workloads: memory needed"));
        y += 26;
        double largest = 0;
        for (ModelPlan p : rec.models()) {
            largest = Math.max(largest, p.memory().totalGb());
            workloadRow(svg, y, p, top);
            y += ROW + GAP;
        }
        svg.append(heading(y, "Machines: memory"));
        y += 26;
        machineRow(svg, y, rec.hardware(), "chosen", CHOSEN, top);
        y += ROW + GAP;
        for (Alternative a : alternatives) {
            machineRow(svg, y, a.hardware(), a.verdict(), "lost".equals(a.verdict()) ? LOST : RULED_OUT, top);
            y += ROW + GAP;
        }
        axis(svg, gridTop, y, top);
        double x = LABEL + largest / top * BARS;
        svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(gridTop + 18).append("\" x2=\"").append(f(x))
                .append("\" y2=\"").append(y).append("\" stroke=\"#b3261e\" stroke-dasharray=\"5 4\"/>")
                .append("<text x=\"").append(f(x + 4)).append("\" y=\"").append(gridTop + 14)
                .append("\" style=\"fill:#b3261e\">largest workload ").append(Numbers.gb(largest)).append("</text>");
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg) {
        String[][] keys = {{WEIGHTS, "weights"}, {KV, "KV cache"}, {OVERHEAD, "overhead"}, {CHOSEN, "chosen machine"},
                {LOST, "lost"}, {RULED_OUT, "ruled out"}};
        int x = 0;
        for (String[] key : keys) {
            svg.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"").append(key[0])
                    .append("\"/><text x=\"").append(x + 16).append("\" y=\"14\">").append(key[1]).append("</text>");
            x += 30 + key[1].length() * 7;
        }
        svg.append("<line x1=\"").append(x + 6).append("\" y1=\"3\" x2=\"").append(x + 6)
                .append("\" y2=\"17\" stroke=\"#1d2330\" stroke-width=\"2\"/><text x=\"").append(x + 14)
                .append("\" y=\"14\">usable on its device</text>");
    }

    private static String heading(int y, String text) {
        return "<text x=\"0\" y=\"" + (y + 16) + "\" style=\"font-weight:600\">" + text + "</text>";
    }

    private static void workloadRow(StringBuilder svg, int y, ModelPlan p, double top) {
        svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(HtmlCard.esc(clip(p.workload() + ": "
                + p.modelName()))).append("</text>");
        double x = LABEL;
        double[] parts = {p.memory().weightsGb(), p.memory().kvCacheGb(), p.memory().overheadGb()};
        String[] colours = {WEIGHTS, KV, OVERHEAD};
        String[] names = {"weights", "KV cache", "overhead"};
        for (int i = 0; i < parts.length; i++) {
            double w = parts[i] / top * BARS;
            svg.append("<rect x=\"").append(f(x)).append("\" y=\"").append(y).append("\" width=\"").append(f(w))
                    .append("\" height=\"").append(ROW).append("\" fill=\"").append(colours[i]).append("\"><title>")
                    .append(names[i]).append(' ').append(Numbers.gb(parts[i])).append("</title></rect>");
            x += w;
        }
        double usable = LABEL + p.memory().usableGb() / top * BARS;
        // the total reads past the bar and past the usable mark, whichever ends later
        svg.append("<text x=\"").append(f(Math.max(x, usable) + 5)).append("\" y=\"").append(y + 15).append("\">")
                .append(Numbers.gb(p.memory().totalGb())).append("</text>");
        svg.append("<line x1=\"").append(f(usable)).append("\" y1=\"").append(y - 3).append("\" x2=\"").append(f(usable))
                .append("\" y2=\"").append(y + ROW + 3).append("\" stroke=\"#1d2330\" stroke-width=\"2\"><title>usable on ")
                .append(HtmlCard.esc(p.device())).append(": ").append(Numbers.gb(p.memory().usableGb()))
                .append("</title></line>");
    }

    private static void machineRow(StringBuilder svg, int y, HardwareSummary h, String verdict, String colour,
                                   double top) {
        svg.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(HtmlCard.esc(clip(h.id())))
                .append("</text>");
        double w = h.memoryGb() / top * BARS;
        svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(f(w))
                .append("\" height=\"").append(ROW).append("\" fill=\"").append(colour).append("\"><title>")
                .append(HtmlCard.esc(h.name())).append(", ").append(verdict).append("</title></rect>");
        svg.append("<text x=\"").append(f(LABEL + w + 4)).append("\" y=\"").append(y + 15).append("\">")
                .append(Numbers.gb(h.memoryGb())).append(' ').append(HtmlCard.esc(verdict)).append("</text>");
    }

    private static void axis(StringBuilder svg, int from, int to, double top) {
        double step = top / 4;
        for (int i = 0; i <= 4; i++) {
            double x = LABEL + i * step / top * BARS;
            svg.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(from + 18).append("\" x2=\"").append(f(x))
                    .append("\" y2=\"").append(to).append("\" stroke=\"#e3e7ee\"/>")
                    .append("<text x=\"").append(f(x)).append("\" y=\"").append(to + 16)
                    .append("\" text-anchor=\"middle\">").append(Numbers.gb(i * step)).append("</text>");
        }
    }

    /** The scale's end: the largest value shown, rounded up so the axis reads in whole steps of 8 GB x 4. */
    private static double scaleTop(Recommendation rec, List<Alternative> alternatives) {
        double max = rec.hardware().memoryGb();
        for (ModelPlan p : rec.models()) {
            max = Math.max(max, Math.max(p.memory().totalGb(), p.memory().usableGb()));
        }
        for (Alternative a : alternatives) {
            max = Math.max(max, a.hardware().memoryGb());
        }
        return Math.ceil(max / 32) * 32;
    }

    private static String clip(String text) {
        return text.length() <= 34 ? text : text.substring(0, 33) + "…";
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
