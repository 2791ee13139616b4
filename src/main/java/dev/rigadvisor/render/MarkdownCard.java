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

/** The card as Markdown, for an issue, a wiki page or a chat message. */
public final class MarkdownCard {

    private MarkdownCard() {
    }

    public static String render(Card input) {
        Card card = Printable.of(input);
        StringBuilder out = new StringBuilder();
        ScenarioSummary s = card.scenario();
        out.append("# Rig Advisor: ").append(cell(s.name())).append("\n\n");
        out.append(String.join(" · ", Facts.situation(s))).append("\n\n");
        out.append("**Workloads:** ").append(cell(String.join("; ", s.workloads()))).append("\n\n");
        if (!s.together().isEmpty()) {
            out.append("**Run together:** ").append(s.together()).append("\n\n");
        }
        if (s.have() != null) {
            out.append("**You have:** ").append(cell(s.have().name())).append(" (`").append(s.have().id())
                    .append("`)\n\n");
        }
        Recommendation rec = card.recommendation();
        if (rec == null) {
            out.append("**No machine in the catalog satisfies this scenario.** Every machine and why it was ruled out "
                    + "is listed below.\n\n");
        } else {
            recommendation(out, rec);
        }
        list(out, "Sizing (models first)", card.sizing());
        list(out, "Upgrade path", card.upgrade());
        list(out, "Cost", card.cost() == null ? List.of() : List.of(card.cost()));
        list(out, "How it was weighed", WeighingLines.of(card.weighing(), false));
        notices(out, "Warnings", card.warnings());
        notices(out, "Notes", card.notes());
        alternatives(out, card.alternatives());
        trail(out, card.trail());
        out.append("---\nRules and facts version `").append(card.rulesVersion()).append('`');
        if (card.auditId() != null) {
            out.append(" · audit `").append(card.auditId()).append('`');
        }
        return out.append('\n').toString();
    }

    private static void recommendation(StringBuilder out, Recommendation rec) {
        HardwareSummary h = rec.hardware();
        out.append("## Recommended: ").append(cell(h.name())).append("\n\n");
        out.append(String.join(" · ", Facts.machine(h))).append("\n\n");
        if (rec.tier() != null) {
            out.append(cell(rec.tier())).append("\n\n");
        }
        out.append("**Why:** ").append(cell(rec.chosenBecause())).append("\n\n");
        out.append("## What to run on it\n\n");
        out.append("| Workload | Model | Format | Weights | KV cache | Overhead | Total | Usable | Where | Speed |\n");
        out.append("|---|---|---|---:|---:|---:|---:|---:|---|---:|\n");
        for (ModelPlan p : rec.models()) {
            out.append("| ").append(cell(p.workload())).append(" | ").append(cell(p.modelName())).append(" | ")
                    .append(Facts.format(p)).append(" | ").append(Numbers.gb(p.memory().weightsGb())).append(" | ")
                    .append(Numbers.gb(p.memory().kvCacheGb())).append(" | ")
                    .append(Numbers.gb(p.memory().overheadGb())).append(" | **")
                    .append(Numbers.gb(p.memory().totalGb())).append("** | ").append(Numbers.gb(p.memory().usableGb()))
                    .append(" | ").append(Facts.placement(p)).append(" | ").append(Facts.speed(p)).append(" |\n");
        }
        out.append('\n');
        rec.models().forEach(p -> out.append("- **").append(cell(p.workload())).append("** picked: ")
                .append(cell(p.pickedBecause())).append("; basis: ").append(cell(p.memory().basis()))
                .append(Facts.speedBasis(p).isEmpty() ? "" : "; " + cell(Facts.speedBasis(p))).append('\n'));
        out.append('\n');
        list(out, "What it cannot do", rec.cannotDo());
    }

    private static void list(StringBuilder out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append("## ").append(title).append("\n\n");
        lines.forEach(l -> out.append("- ").append(cell(l)).append('\n'));
        out.append('\n');
    }

    private static void notices(StringBuilder out, String title, List<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        out.append("## ").append(title).append("\n\n");
        notices.forEach(n -> out.append("- **[").append(n.advice()).append("]** ").append(cell(n.message()))
                .append(" _(").append(cell(n.source())).append(")_\n"));
        out.append('\n');
    }

    private static void alternatives(StringBuilder out, List<Alternative> alternatives) {
        if (alternatives.isEmpty()) {
            return;
        }
        out.append("## Alternatives and why they lost\n\n| Machine | Price | Memory | Verdict | Why |\n|---|---:|---:|---|---|\n");
        for (Alternative a : alternatives) {
            List<String> reasons = a.reasons().stream().map((Reason r) -> (r.blocking() ? "✗ " : "") + cell(r.message())
                    + " [" + r.advice() + "]").toList();
            out.append("| `").append(a.hardware().id()).append("` ").append(cell(a.hardware().name())).append(" | ")
                    .append(Numbers.usd(a.hardware().priceUsd())).append(" | ").append(Numbers.gb(a.hardware().memoryGb()))
                    .append(" | ").append(a.verdict()).append(a.considered() ? " (considered)" : "").append(" | ")
                    .append(String.join("<br>", reasons)).append(" |\n");
        }
        out.append('\n');
    }

    private static void trail(StringBuilder out, List<Step> trail) {
        List<Step> key = Facts.keySteps(trail);
        out.append("## Trail\n\n");
        key.forEach(s -> out.append(s.sequence()).append(". ").append(cell(s.rule())).append(" [").append(s.advice())
                .append("; ").append(cell(s.source())).append("] ⇒ ").append(cell(String.join("; ", s.concluded())))
                .append('\n'));
        out.append("\n_").append(trail.size()).append(" firings in all; ").append(key.size()).append(" shown._\n\n");
    }

    /** Text safe inside a table cell or a list item. */
    private static String cell(String text) {
        return Printable.markdown(text);
    }
}
