package dev.rigadvisor.render;

import dev.rigadvisor.advice.Alternative;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.advice.HardwareSummary;
import dev.rigadvisor.advice.ModelPlan;
import dev.rigadvisor.advice.Notice;
import dev.rigadvisor.advice.Reason;
import dev.rigadvisor.advice.Recommendation;
import dev.rigadvisor.advice.Step;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The card as plain text for a terminal, with optional colour for headings. */
public final class TextCard {

    private final Style style;
    private final Trail trail;
    private final boolean all;

    /** How much of the trail a text card shows: a pointer to it, the key firings, or every firing. */
    public enum Trail { pointer, key, full }

    /** {@code all}: every ruled-out machine with each reason, every score term and each notice's source. */
    public TextCard(Style style, Trail trail, boolean all) {
        this.style = style;
        this.trail = trail;
        this.all = all;
    }

    public String render(Card input) {
        Card card = Printable.of(input);
        StringBuilder out = new StringBuilder();
        out.append(style.bold("Rig Advisor: " + card.scenario().name())).append('\n');
        out.append("Budget ").append(Numbers.budget(card.scenario().budgetUsd())).append(", OS ").append(card.scenario().os())
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
        section(out, "How it was weighed", WeighingLines.of(card.weighing(), all));
        notices(out, "Warnings", card.warnings());
        notices(out, "Notes", all ? card.notes() : card.notes().subList(0, Math.min(4, card.notes().size())));
        if (!all && card.notes().size() > 4) {
            out.setLength(out.length() - 1);
            out.append("  (").append(card.notes().size() - 4).append(" more note(s); --all shows them)\n\n");
        }
        alternatives(out, card.alternatives(), card.weighing() == null || card.weighing().runnerUp() == null ? null
                : card.weighing().runnerUp().hardware());
        trail(out, card.trail(), card.scenario().file());
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
                .append(h.option() == null ? "" : " (MF Option " + h.option() + ")")
                .append(rec.tier() == null ? "" : "; " + rec.tier()).append('\n');
        if (h.devices().size() > 1) {
            h.devices().forEach(d -> out.append("    device ").append(d.name()).append(": ").append(Numbers.gb(d.memoryGb()))
                    .append(' ').append(d.memoryKind()).append(", ").append(Numbers.num(d.bandwidthGbs())).append(" GB/s\n"));
        }
        if (all) {
            out.append("  Why: ").append(rec.chosenBecause()).append('\n');
        }
        if (all || h.source().startsWith(dev.rigadvisor.catalog.UserCatalog.MARK)) {
            out.append("  Source of its numbers: ").append(h.source()).append('\n');
        }
        out.append('\n');
        out.append(style.heading("What to run on it")).append('\n');
        for (ModelPlan p : rec.models()) {
            out.append("  ").append(style.bold(p.workload())).append(": ").append(p.modelName()).append(" at ")
                    .append(p.quantization());
            if (!p.quantization().equals(p.targetQuantization())) {
                out.append(" (target ").append(p.targetQuantization()).append(')');
            }
            out.append(" (").append(p.pickedBecause()).append(")\n");
            out.append("      memory: ").append(Numbers.num(p.memory().weightsGb())).append(" weights + ")
                    .append(Numbers.num(p.memory().kvCacheGb())).append(" KV cache + ")
                    .append(Numbers.num(p.memory().overheadGb())).append(" overhead = ")
                    .append(style.bold(Numbers.gb(p.memory().totalGb()))).append(" of ")
                    .append(Numbers.gb(p.memory().usableGb())).append(" usable on ").append(p.device())
                    .append(p.fitsInFastMemory() ? ", all in fast memory" : ", split with system RAM (slow)").append('\n');
            if (p.speed() != null) {
                out.append("      speed: ").append(Estimates.speed(p.speed())).append(" (").append(p.speed().basis())
                        .append(")\n");
            }
            if (p.firstToken() != null) {
                out.append("      time to first token: ").append(Estimates.firstToken(p.firstToken())).append(" (")
                        .append(p.firstToken().basis()).append(")\n");
            }
            if (p.generationTime() != null) {
                out.append("      time: ").append(Estimates.generationTime(p.generationTime())).append(" (")
                        .append(p.generationTime().basis()).append(")\n");
            }
            if (all) {
                out.append("      basis: ").append(p.memory().basis()).append('\n');
            }
        }
        if (!rec.cannotDo().isEmpty()) {
            out.append('\n');
            section(out, "What it cannot do", shortened(rec.cannotDo(), 4));
        }
    }

    /** The first {@code most} lines, and a line saying how many more --all shows. */
    private List<String> shortened(List<String> lines, int most) {
        if (all || lines.size() <= most) {
            return lines;
        }
        List<String> shown = new ArrayList<>(lines.subList(0, most - 1));
        shown.add("(" + (lines.size() - most + 1) + " more; --all shows them)");
        return shown;
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
            if (all) {
                out.append("      source: ").append(n.source()).append('\n');
            }
        }
        out.append('\n');
    }

    /** Machines you are weighing and the runner-up one by one; the rest grouped by their first reason (--all: each). */
    private void alternatives(StringBuilder out, List<Alternative> alternatives, String runnerUp) {
        if (alternatives.isEmpty()) {
            return;
        }
        out.append(style.heading("Alternatives and why they lost")).append(all ? "" : " (grouped by first reason; --all lists each)")
                .append('\n');
        Map<String, List<Alternative>> grouped = new LinkedHashMap<>();
        for (Alternative a : alternatives) {
            if (all || a.considered() || a.hardware().id().equals(runnerUp) || a.reasons().isEmpty()) {
                alternative(out, a);
            } else {
                grouped.computeIfAbsent(a.verdict() + ": " + a.reasons().get(0).rule().replaceFirst("^(ruled out|lost): ", ""),
                        k -> new ArrayList<>()).add(a);
            }
        }
        grouped.forEach((why, group) -> {
            Reason first = group.get(0).reasons().get(0);
            if (group.size() == 1) {
                Alternative a = group.get(0);
                out.append("  ").append(style.bold(a.hardware().id())).append(" (").append(Numbers.usd(a.hardware().priceUsd()))
                        .append("): ").append(a.verdict()).append(": ").append(first.message()).append(" [")
                        .append(first.advice()).append("]\n");
                return;
            }
            int colon = why.indexOf(": ");
            out.append("  ").append(style.bold(why.substring(0, colon) + " (" + group.size() + ")")).append(": ")
                    .append(why.substring(colon + 2)).append(" [").append(first.advice()).append("]\n");
            out.append("      ").append(group.stream().map(a -> a.hardware().id() + " " + Numbers.usd(a.hardware().priceUsd()))
                    .collect(Collectors.joining(", "))).append('\n');
        });

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

    private void trail(StringBuilder out, List<Step> steps, String file) {
        if (trail == Trail.pointer) {
            out.append(style.heading("Trail")).append(": ").append(steps.size()).append(" rule firings, each citing its advice "
                    + "and source: --trail key shows the key ones, --trail full every one, rig explain ")
                    .append(file == null ? "SCENARIO" : file).append(" the chain that chose\n");
            return;
        }
        out.append(style.heading("Trail")).append('\n');
        List<Step> shown = trail == Trail.full ? steps : Facts.keySteps(steps);
        for (Step s : shown) {
            out.append("  ").append(s.sequence()).append(". ").append(s.rule()).append(" [").append(s.advice())
                    .append("; ").append(s.source()).append("]\n");
            s.concluded().forEach(c -> out.append("       => ").append(c).append('\n'));
        }
        if (trail == Trail.key) {
            out.append("  (").append(steps.size()).append(" firings in all; --trail full shows every one, with the facts each matched)\n");
        } else {
            out.append("  (").append(steps.size()).append(" firings)\n");
        }
    }
}
