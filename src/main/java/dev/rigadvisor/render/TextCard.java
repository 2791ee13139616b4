package dev.rigadvisor.render;

import dev.rigadvisor.advice.Alternative;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.advice.HardwareSummary;
import dev.rigadvisor.advice.ModelPlan;
import dev.rigadvisor.advice.Notice;
import dev.rigadvisor.advice.Reason;
import dev.rigadvisor.advice.Recommendation;
import dev.rigadvisor.advice.Step;
import dev.rigadvisor.advice.Weighing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The card as plain text for a terminal, with optional colour for headings. */
public final class TextCard {

    private final Style style;
    private final boolean fullTrail;
    private final boolean all;

    public TextCard(Style style, boolean fullTrail) {
        this(style, fullTrail, fullTrail);
    }

    /** {@code all}: every ruled-out machine with each reason, and every score term, instead of a summary. */
    public TextCard(Style style, boolean fullTrail, boolean all) {
        this.style = style;
        this.fullTrail = fullTrail;
        this.all = all;
    }

    public String render(Card input) {
        Card card = Printable.of(input);
        StringBuilder out = new StringBuilder();
        out.append(style.bold("Rig Advisor: " + card.scenario().name())).append('\n');
        out.append("Budget ").append(Numbers.usd(card.scenario().budgetUsd())).append(", OS ").append(card.scenario().os())
                .append(card.scenario().portable() ? ", portable" : "")
                .append("required".equals(card.scenario().cuda()) ? ", CUDA required" : "")
                .append('\n');
        if (card.scenario().have() != null) {
            out.append("You have: ").append(card.scenario().have().name()).append(" (")
                    .append(card.scenario().have().id()).append(")\n");
        }
        out.append("Workloads: ").append(String.join("; ", card.scenario().workloads())).append('\n');
        if (!card.scenario().together().isEmpty()) {
            out.append("Run together: ").append(card.scenario().together()).append('\n');
        }
        out.append('\n');
        Recommendation rec = card.recommendation();
        if (rec == null) {
            out.append(style.bold("No machine in the catalog satisfies this scenario.")).append('\n');
            out.append("Every machine and why it was ruled out is listed below.\n");
        } else {
            recommendation(out, rec);
        }
        section(out, "Sizing (models first)", card.sizing());
        if (card.upgrade() != null && !card.upgrade().isEmpty()) {
            section(out, "Upgrade path", card.upgrade());
        }
        if (card.cost() != null) {
            section(out, "Cost", List.of(card.cost()));
        }
        weighing(out, card.weighing());
        notices(out, "Warnings", card.warnings());
        notices(out, "Notes", card.notes());
        alternatives(out, card.alternatives());
        trail(out, card.trail());
        out.append('\n').append("Rules and facts version ").append(card.rulesVersion());
        if (card.auditId() != null) {
            out.append(" · audit ").append(card.auditId()).append(" (rig audit show ").append(card.auditId()).append(')');
        }
        out.append('\n');
        return out.toString();
    }

    private void recommendation(StringBuilder out, Recommendation rec) {
        HardwareSummary h = rec.hardware();
        out.append(style.heading("Recommended: " + h.name())).append('\n');
        out.append("  ").append(Numbers.gb(h.memoryGb())).append(' ').append(h.memoryKind())
                .append(", ").append(Numbers.num(h.bandwidthGbs())).append(" GB/s, ")
                .append(h.cuda() ? "CUDA" : "no CUDA").append(", ").append(Numbers.usd(h.priceUsd()))
                .append(h.option() == null ? "" : " (MF Option " + h.option() + ")").append('\n');
        if (h.devices().size() > 1) {
            h.devices().forEach(d -> out.append("    device ").append(d.name()).append(": ").append(Numbers.gb(d.memoryGb()))
                    .append(' ').append(d.memoryKind()).append(", ").append(Numbers.num(d.bandwidthGbs())).append(" GB/s\n"));
        }
        if (rec.tier() != null) {
            out.append("  ").append(rec.tier()).append('\n');
        }
        out.append("  Why: ").append(rec.chosenBecause()).append('\n');
        out.append("  Source of its numbers: ").append(h.source()).append("\n\n");
        out.append(style.heading("What to run on it")).append('\n');
        for (ModelPlan p : rec.models()) {
            out.append("  ").append(style.bold(p.workload())).append(": ").append(p.modelName()).append(" at ")
                    .append(p.quantization());
            if (!p.quantization().equals(p.targetQuantization())) {
                out.append(" (target ").append(p.targetQuantization()).append(')');
            }
            out.append('\n');
            out.append("      picked: ").append(p.pickedBecause()).append('\n');
            out.append("      memory: ").append(Numbers.num(p.memory().weightsGb())).append(" weights + ")
                    .append(Numbers.num(p.memory().kvCacheGb())).append(" KV cache + ")
                    .append(Numbers.num(p.memory().overheadGb())).append(" overhead = ")
                    .append(style.bold(Numbers.gb(p.memory().totalGb()))).append(" of ")
                    .append(Numbers.gb(p.memory().usableGb())).append(" usable on ").append(p.device()).append('\n');
            out.append("      ").append(p.fitsInFastMemory() ? "fits fully in fast memory"
                    : "split between GPU and system RAM (slow)").append('\n');
            if (p.speed() != null) {
                out.append("      speed: ").append(Numbers.num(p.speed().low())).append('-')
                        .append(Numbers.num(p.speed().high())).append(" tokens/s (").append(p.speed().basis()).append(")\n");
            }
            out.append("      basis: ").append(p.memory().basis()).append('\n');
        }
        if (!rec.cannotDo().isEmpty()) {
            out.append('\n');
            section(out, "What it cannot do", rec.cannotDo());
        }
    }

    private void weighing(StringBuilder out, Weighing w) {
        if (w == null) {
            return;
        }
        out.append(style.heading("How it was weighed")).append('\n');
        if (w.choice() != null) {
            score(out, w.choice());
        }
        if (w.runnerUp() != null) {
            score(out, w.runnerUp());
            out.append("  Margin: ").append(Numbers.num(Math.round((w.choice().score() - w.runnerUp().score()) * 100) / 100.0))
                    .append(" points (start small takes the cheaper machine within ")
                    .append(Numbers.num(w.startSmallMarginPoints())).append(" points of the best)\n");
            if (!w.decisive().isEmpty()) {
                out.append("  Decided by:\n");
                w.decisive().stream().limit(all ? Long.MAX_VALUE : 4)
                        .forEach(d -> out.append("    - ").append(d).append('\n'));
            }
        }
        if (!w.flips().isEmpty()) {
            out.append("  What would change the answer:\n");
            w.flips().forEach(f -> out.append("    - ").append(f).append('\n'));
        }
        out.append('\n');
    }

    private void score(StringBuilder out, Weighing.Score s) {
        out.append("  ").append(style.bold(s.hardware())).append(": score ").append(Numbers.num(s.score())).append(" = ");
        if (s.terms().isEmpty()) {
            out.append("0");
        }
        for (int i = 0; i < s.terms().size(); i++) {
            Weighing.Term t = s.terms().get(i);
            out.append(i == 0 ? "" : t.points() < 0 ? " - " : " + ")
                    .append(Numbers.num(i == 0 ? t.points() : Math.abs(t.points()))).append(' ').append(t.term())
                    .append(t.workload() == null ? "" : "/" + t.workload());
        }
        out.append('\n');
        if (all) {
            s.terms().forEach(t -> out.append("      ").append(Numbers.num(t.points())).append(' ').append(t.term())
                    .append(t.workload() == null ? "" : " on " + t.workload()).append(": ").append(t.reason())
                    .append(" [").append(t.advice()).append("]\n"));
        }
    }

    private void section(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append(style.heading(title)).append('\n');
        lines.forEach(l -> out.append("  - ").append(l).append('\n'));
        out.append('\n');
    }

    private void notices(StringBuilder out, String title, List<Notice> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        out.append(style.heading(title)).append('\n');
        for (Notice n : warnings) {
            out.append("  ").append(style.warn("[" + n.advice() + "]")).append(' ').append(n.message()).append('\n');
            out.append("      source: ").append(n.source()).append('\n');
        }
        out.append('\n');
    }

    private void alternatives(StringBuilder out, List<Alternative> alternatives) {
        if (alternatives.isEmpty()) {
            return;
        }
        out.append(style.heading("Alternatives and why they lost")).append('\n');
        Map<String, List<Alternative>> grouped = new LinkedHashMap<>();
        for (Alternative a : alternatives) {
            if (all || a.considered() || !"ruled out".equals(a.verdict()) || a.reasons().isEmpty()) {
                alternative(out, a);
            } else {
                grouped.computeIfAbsent(a.reasons().get(0).rule(), k -> new ArrayList<>()).add(a);
            }
        }
        grouped.forEach((rule, group) -> {
            Reason first = group.get(0).reasons().get(0);
            out.append("  ").append(style.bold("ruled out (" + group.size() + ")")).append(": ")
                    .append(rule.replaceFirst("^ruled out: ", "")).append(" [").append(first.advice()).append("]\n");
            out.append("      ").append(group.stream().map(a -> a.hardware().id() + " " + Numbers.usd(a.hardware().priceUsd()))
                    .collect(Collectors.joining(", "))).append('\n');
            out.append("      e.g. ").append(group.get(0).hardware().id()).append(": ").append(first.message()).append('\n');
        });
        if (!grouped.isEmpty()) {
            out.append("  (grouped by each machine's first reason; --all lists every machine with every reason)\n");
        }
        out.append('\n');
    }

    private void alternative(StringBuilder out, Alternative a) {
        out.append("  ").append(style.bold(a.hardware().id())).append(" (").append(a.hardware().name()).append(", ")
                .append(Numbers.usd(a.hardware().priceUsd())).append("): ").append(a.verdict())
                .append(a.considered() ? " (you are considering it)" : "").append('\n');
        List<Reason> shown = all ? a.reasons() : a.reasons().subList(0, Math.min(2, a.reasons().size()));
        for (Reason r : shown) {
            out.append("      ").append(r.blocking() ? "x " : "- ").append(r.message()).append(" [").append(r.advice())
                    .append("]\n");
        }
        if (shown.size() < a.reasons().size()) {
            out.append("      (").append(a.reasons().size() - shown.size()).append(" more reason(s); --all shows them)\n");
        }
    }

    private void trail(StringBuilder out, List<Step> trail) {
        out.append(style.heading("Trail")).append('\n');
        List<Step> shown = fullTrail ? trail : Facts.keySteps(trail);
        for (Step s : shown) {
            out.append("  ").append(s.sequence()).append(". ").append(s.rule()).append(" [").append(s.advice())
                    .append("; ").append(s.source()).append("]\n");
            s.concluded().forEach(c -> out.append("       => ").append(c).append('\n'));
        }
        if (!fullTrail) {
            out.append("  (").append(trail.size()).append(" firings in all; --trail full shows every one, with the facts each matched)\n");
        } else {
            out.append("  (").append(trail.size()).append(" firings)\n");
        }
    }
}
