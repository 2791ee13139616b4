package dev.rigadvisor.render;

import dev.rigadvisor.advice.Alternative;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.advice.HardwareSummary;
import dev.rigadvisor.advice.ModelPlan;
import dev.rigadvisor.advice.Notice;
import dev.rigadvisor.advice.Reason;
import dev.rigadvisor.advice.Recommendation;
import dev.rigadvisor.advice.ScenarioSummary;
import dev.rigadvisor.advice.Step;

import java.util.List;

/** The card as one self-contained HTML page: inline CSS and an inline SVG chart, nothing fetched. */
public final class HtmlCard {

    private static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2330;background:#f4f6f9;margin:0}
            main{max-width:980px;margin:24px auto;background:#fff;padding:24px 32px;border-radius:10px;
            box-shadow:0 1px 4px rgba(0,0,0,.08)}
            h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #e3e7ee;padding-bottom:4px}
            .muted{color:#5d6675}.pick{background:#eef7f1;border:1px solid #bfe3cc;border-radius:8px;padding:12px 16px}
            .pick h2{border:0;margin:0 0 6px}table{border-collapse:collapse;width:100%;font-size:14px}
            th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eceff3;vertical-align:top}th{background:#f7f8fa}
            td.n{text-align:right;white-space:nowrap}.warn{border-left:4px solid #e39b2d;background:#fff8ec;padding:6px 10px;margin:6px 0}
            .note{border-left:4px solid #3b6fd8;background:#f0f5fd;padding:6px 10px;margin:6px 0}
            .id{font-family:ui-monospace,Menlo,monospace;font-size:13px}.x{color:#b3261e}ul{padding-left:20px}
            details summary{cursor:pointer;color:#3b6fd8}svg text{font:12px system-ui,sans-serif;fill:#1d2330}
            """;

    private HtmlCard() {
    }

    public static String render(Card card) {
        return page("Rig Advisor: " + card.scenario().name(), body(card));
    }

    /** A whole page around body HTML: the one place the styles live. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<title>" + esc(title) + "</title><style>" + CSS + "</style></head>\n<body>\n" + body
                + "</body></html>\n";
    }

    /** The card as a {@code <main>} section, for a page of its own or one of several. */
    public static String body(Card card) {
        StringBuilder out = new StringBuilder("<main>\n");
        ScenarioSummary s = card.scenario();
        out.append("<h1>Rig Advisor: ").append(esc(s.name())).append("</h1>\n<p class=\"muted\">")
                .append(esc(String.join(" · ", Facts.situation(s)))).append("<br>Workloads: ")
                .append(esc(String.join("; ", s.workloads())));
        if (!s.together().isEmpty()) {
            out.append("<br>Run together: ").append(esc(s.together().toString()));
        }
        if (s.have() != null) {
            out.append("<br>You have: ").append(esc(s.have().name())).append(" (<span class=\"id\">")
                    .append(esc(s.have().id())).append("</span>)");
        }
        out.append("</p>\n");
        Recommendation rec = card.recommendation();
        if (rec == null) {
            out.append("<div class=\"pick\"><h2>No machine in the catalog satisfies this scenario</h2>")
                    .append("Every machine and why it was ruled out is listed below.</div>\n");
        } else {
            recommendation(out, rec);
            out.append("<h2>Memory: each workload against the machines</h2>\n")
                    .append(MemoryChart.svg(rec, card.alternatives())).append('\n');
        }
        list(out, "Sizing (models first)", card.sizing());
        list(out, "Upgrade path", card.upgrade());
        list(out, "Cost", card.cost() == null ? List.of() : List.of(card.cost()));
        list(out, "How it was weighed", WeighingLines.of(card.weighing(), false));
        notices(out, "Warnings", "warn", card.warnings());
        notices(out, "Notes", "note", card.notes());
        alternatives(out, card.alternatives());
        trail(out, card.trail());
        out.append("<p class=\"muted\">Rules and facts version <span class=\"id\">").append(esc(card.rulesVersion()))
                .append("</span>");
        if (card.auditId() != null) {
            out.append(" · audit <span class=\"id\">").append(esc(card.auditId())).append("</span>");
        }
        return out.append("</p>\n</main>\n").toString();
    }

    private static void recommendation(StringBuilder out, Recommendation rec) {
        HardwareSummary h = rec.hardware();
        out.append("<div class=\"pick\"><h2>Recommended: ").append(esc(h.name())).append("</h2>")
                .append(esc(String.join(" · ", Facts.machine(h))));
        if (rec.tier() != null) {
            out.append("<br>").append(esc(rec.tier()));
        }
        out.append("<br><b>Why:</b> ").append(esc(rec.chosenBecause())).append("</div>\n");
        out.append("<h2>What to run on it</h2>\n<table><tr><th>Workload</th><th>Model</th><th>Format</th>")
                .append("<th>Weights</th><th>KV cache</th><th>Overhead</th><th>Total</th><th>Usable</th><th>Where</th>")
                .append("<th>Speed</th></tr>\n");
        for (ModelPlan p : rec.models()) {
            out.append("<tr><td class=\"id\">").append(esc(p.workload())).append("</td><td>").append(esc(p.modelName()))
                    .append("</td><td>").append(esc(Facts.format(p))).append("</td>")
                    .append(num(Numbers.gb(p.memory().weightsGb()))).append(num(Numbers.gb(p.memory().kvCacheGb())))
                    .append(num(Numbers.gb(p.memory().overheadGb()))).append(num("<b>" + Numbers.gb(p.memory().totalGb()) + "</b>"))
                    .append(num(Numbers.gb(p.memory().usableGb()))).append("<td>").append(esc(Facts.placement(p)))
                    .append("</td>").append(num(Facts.speed(p))).append("</tr>\n");
            out.append("<tr><td></td><td colspan=\"9\" class=\"muted\">picked: ").append(esc(p.pickedBecause()))
                    .append("<br>basis: ").append(esc(p.memory().basis()))
                    .append(Facts.speedBasis(p).isEmpty() ? "" : "<br>" + esc(Facts.speedBasis(p))).append("</td></tr>\n");
        }
        out.append("</table>\n");
        list(out, "What it cannot do", rec.cannotDo());
    }

    private static void list(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append("<h2>").append(esc(title)).append("</h2>\n<ul>");
        lines.forEach(l -> out.append("<li>").append(esc(l)).append("</li>"));
        out.append("</ul>\n");
    }

    private static void notices(StringBuilder out, String title, String kind, List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        out.append("<h2>").append(title).append("</h2>\n");
        notices.forEach(n -> out.append("<div class=\"").append(kind).append("\"><b>[").append(esc(n.advice())).append("]</b> ")
                .append(esc(n.message())).append("<br><span class=\"muted\">").append(esc(n.source()))
                .append("</span></div>\n"));
    }

    private static void alternatives(StringBuilder out, List<Alternative> alternatives) {
        if (alternatives.isEmpty()) {
            return;
        }
        out.append("<h2>Alternatives and why they lost</h2>\n<table><tr><th>Machine</th><th>Price</th><th>Memory</th>")
                .append("<th>Verdict</th><th>Why</th></tr>\n");
        for (Alternative a : alternatives) {
            out.append("<tr><td><span class=\"id\">").append(esc(a.hardware().id())).append("</span><br>")
                    .append(esc(a.hardware().name())).append("</td>").append(num(Numbers.usd(a.hardware().priceUsd())))
                    .append(num(Numbers.gb(a.hardware().memoryGb()))).append("<td>").append(esc(a.verdict()))
                    .append(a.considered() ? " (considered)" : "").append("</td><td>");
            for (Reason r : a.reasons()) {
                out.append(r.blocking() ? "<span class=\"x\">✗</span> " : "").append(esc(r.message())).append(" [")
                        .append(esc(r.advice())).append("]<br>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void trail(StringBuilder out, List<Step> trail) {
        List<Step> key = Facts.keySteps(trail);
        out.append("<h2>Trail</h2>\n<details><summary>").append(key.size()).append(" key firings of ")
                .append(trail.size()).append("</summary><ol>");
        key.forEach(s -> out.append("<li value=\"").append(s.sequence()).append("\">").append(esc(s.rule()))
                .append(" <span class=\"muted\">[").append(esc(s.advice())).append("; ").append(esc(s.source()))
                .append("]</span><br>⇒ ").append(esc(String.join("; ", s.concluded()))).append("</li>"));
        out.append("</ol></details>\n");
    }

    private static String num(String value) {
        return "<td class=\"n\">" + value + "</td>";
    }

    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        return Printable.line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
