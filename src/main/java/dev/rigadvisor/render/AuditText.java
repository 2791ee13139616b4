package dev.rigadvisor.render;

import dev.rigadvisor.advice.Card;
import dev.rigadvisor.advice.Notice;
import dev.rigadvisor.audit.AuditEntry;
import dev.rigadvisor.audit.AuditStore.Listed;
import dev.rigadvisor.audit.EntrySummary;
import dev.rigadvisor.audit.Chain;
import dev.rigadvisor.audit.Explanation;
import dev.rigadvisor.audit.Replay;
import dev.rigadvisor.audit.Replay.CardChange;
import dev.rigadvisor.audit.Replay.FileChange;
import dev.rigadvisor.audit.Replay.RuleChange;

import java.util.List;
import java.util.TreeSet;

/** The audit folder's entries, one entry's trail, and what a replay changed, as text. */
public final class AuditText {

    /** Firings of one rule shown before the rest are counted. */
    private static final int SHOWN_PER_RULE = 3;

    private final Style style;

    public AuditText(Style style) {
        this.style = style;
    }

    public String list(List<EntrySummary> input) {
        List<EntrySummary> entries = Printable.of(input);
        if (entries.isEmpty()) {
            return "No audit entries yet: every 'rig recommend' records one.\n";
        }
        StringBuilder out = new StringBuilder();
        for (EntrySummary l : entries) {
            if (l.readable()) {
                out.append(l.id()).append("  ").append(l.createdAt()).append("  ").append(l.scenarioName()).append("  -> ")
                        .append(l.chosenHardware() == null ? "no machine satisfies" : l.chosenHardware()).append('\n');
            } else {
                out.append(l.id()).append("  ").append(style.warn("unreadable, skipped: " + l.problem())).append('\n');
            }
        }
        return out.toString();
    }

    /** The entry told as the chain that chose its machine, or, when none was chosen, why each was ruled out. */
    public String show(AuditEntry input, Card shown, Explanation explained, ChainText chainText) {
        AuditEntry entry = Printable.of(input);
        Card card = Printable.of(shown);
        Explanation explanation = Printable.of(explained);
        StringBuilder out = new StringBuilder();
        out.append(style.bold("Audit " + entry.id())).append(", recorded ").append(entry.createdAt()).append('\n');
        out.append("Scenario: ").append(Printable.line(entry.scenarioName())).append(" (").append(entry.scenarioFile()).append(")\n");
        out.append("Rules and facts version ").append(entry.rulesVersion()).append(": ").append(entry.knowledge().size())
                .append(" files kept ('rig audit replay ").append(entry.id()).append("' compares them with today's)\n");
        Chain chain = explanation.chain();
        if (chain != null) {
            out.append("Decision: ").append(style.bold(card.recommendation().hardware().id())).append(" (")
                    .append(card.recommendation().hardware().name()).append(", ")
                    .append(Numbers.usd(card.recommendation().hardware().priceUsd())).append(")\n\n");
            out.append(style.heading("How the decision was reached")).append(" (").append(chain.steps().size())
                    .append(" of ").append(entry.firings().size())
                    .append(" firings; --format json holds every one with the facts it matched)\n\n");
            out.append(chainText.chain(chain));
        } else {
            out.append("Decision: ").append(style.bold("no machine satisfies the scenario")).append("\n\n");
            out.append(style.heading("Why each machine was ruled out")).append('\n');
            out.append(chainText.firstReasons(explanation.others()));
        }
        if (!card.warnings().isEmpty()) {
            out.append(style.heading("Warnings on the card")).append('\n');
            for (Notice n : card.warnings()) {
                out.append("  [").append(n.advice()).append("] ").append(n.message()).append("\n      by ").append(n.rule())
                        .append("; ").append(n.source()).append('\n');
            }
        }
        return out.toString();
    }

    public String replay(Replay input) {
        Replay r = Printable.of(input);
        StringBuilder out = new StringBuilder();
        out.append(style.bold("Replay of " + r.id())).append(" (").append(r.scenario()).append(", recorded ")
                .append(r.createdAt()).append(") under today's rules and facts\n\n");
        out.append(style.heading("Rule and fact files changed since")).append('\n');
        if (r.files().isEmpty()) {
            out.append("  none\n");
        }
        r.files().forEach(f -> out.append("  ").append(f.change()).append(": ").append(f.path()).append('\n'));
        if (!r.rules().isEmpty()) {
            out.append('\n').append(style.heading("Rules whose text changed")).append('\n');
            r.rules().forEach(e -> out.append("  ").append(e.change()).append(": ").append(style.bold(e.rule()))
                    .append(" (").append(e.file()).append(")\n"));
        }
        out.append('\n');
        out.append(style.heading("Card")).append('\n');
        if (r.problem() != null) {
            out.append("  ").append(style.warn(r.problem())).append('\n');
        } else if (r.card().isEmpty()) {
            out.append("  unchanged: still ").append(r.hardwareAfter()).append(", same models and warnings\n");
        }
        for (CardChange c : r.card()) {
            if (c.before() != null && c.after() != null) {
                out.append("  ").append(c.what()).append(": ").append(c.before()).append('\n')
                        .append("  ").append(" ".repeat(c.what().length())).append("  -> ").append(c.after()).append('\n');
            } else {
                out.append("  ").append(c.before() == null ? "+ " : "- ").append(c.what()).append(": ")
                        .append(c.before() == null ? c.after() : c.before()).append('\n');
            }
        }
        out.append('\n').append(style.heading("Firings")).append('\n');
        if (r.firings().isEmpty()) {
            out.append("  the same firings, in the same numbers\n");
        }
        for (RuleChange rc : r.firings()) {
            out.append("  ").append(style.bold(rc.rule())).append(" (").append(rc.file()).append(") [").append(rc.advice())
                    .append("]: ").append(rc.disappeared().size()).append(" disappeared, ").append(rc.appeared().size())
                    .append(" appeared\n");
            lines(out, "- ", rc.disappeared());
            lines(out, "+ ", rc.appeared());
        }
        return out.toString();
    }

    public String summary(List<Replay> input, List<Listed> unreadableInput) {
        List<Replay> replays = Printable.of(input);
        List<Listed> unreadable = Printable.of(unreadableInput);
        StringBuilder out = new StringBuilder();
        TreeSet<String> files = new TreeSet<>();
        TreeSet<String> rules = new TreeSet<>();
        long changed = replays.stream().filter(Replay::cardChanged).count();
        for (Replay r : replays) {
            r.files().forEach((FileChange f) -> files.add(f.change() + ": " + f.path()));
            r.rules().forEach(e -> rules.add(e.change() + ": " + e.rule() + " (" + e.file() + ")"));
            out.append(r.id()).append("  ").append(r.scenario()).append("  ");
            if (r.problem() != null) {
                out.append(style.warn(r.problem()));
            } else if (!r.hardwareBefore().equals(r.hardwareAfter())) {
                out.append(style.warn(r.hardwareBefore() + " -> " + r.hardwareAfter()));
            } else {
                out.append(r.hardwareAfter());
            }
            out.append("  ").append(r.card().isEmpty() ? "card unchanged" : r.card().size() + " card change(s)")
                    .append(", ").append(r.firings().size()).append(" rule(s) firing differently\n");
        }
        unreadable.forEach(l -> out.append(l.id()).append("  ").append(style.warn("unreadable, skipped: " + l.problem()))
                .append('\n'));
        out.append('\n').append(changed).append(" of ").append(replays.size())
                .append(" past cards change under today's rules and facts.\n");
        if (!files.isEmpty()) {
            out.append("Files that differ from what those runs used:\n");
            files.forEach(f -> out.append("  ").append(f).append('\n'));
        }
        if (!rules.isEmpty()) {
            out.append("Rules whose text changed:\n");
            rules.forEach(r -> out.append("  ").append(r).append('\n'));
        }
        return out.toString();
    }

    private static void lines(StringBuilder out, String mark, List<String> lines) {
        lines.stream().limit(SHOWN_PER_RULE).forEach(l -> out.append("      ").append(mark).append(l).append('\n'));
        if (lines.size() > SHOWN_PER_RULE) {
            out.append("      ").append(mark).append("... and ").append(lines.size() - SHOWN_PER_RULE)
                    .append(" more (--format json lists every one)\n");
        }
    }
}
