package dev.rigadvisor.render;

import dev.rigadvisor.advice.Alternative;
import dev.rigadvisor.advice.Reason;
import dev.rigadvisor.audit.Chain;
import dev.rigadvisor.audit.Explanation;
import dev.rigadvisor.audit.Objection;
import dev.rigadvisor.audit.Provenance;
import dev.rigadvisor.engine.Firing;
import dev.rigadvisor.engine.Phases;
import dev.rigadvisor.engine.RuleInfo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A chain of firings, or the reasons against a machine, told as text a person can follow. */
public final class ChainText {

    private static final Map<String, String> HEADINGS = Map.of(
            "pick", "Models picked", "estimate", "Memory estimated", "fit", "How each workload fits",
            "judge", "Judgements", "rank", "Ranking", "select", "Decision", "explain", "Explained");

    private final Style style;
    private final Map<String, String> phaseOf = new LinkedHashMap<>();

    public ChainText(Style style, List<RuleInfo> rules) {
        this.style = style;
        rules.forEach(r -> phaseOf.put(r.name(), r.phase()));
    }

    public String explanation(Explanation input) {
        Explanation e = Printable.of(input);
        StringBuilder out = new StringBuilder();
        out.append(style.bold("Why: " + e.scenario())).append('\n');
        if (e.chain() != null) {
            out.append("Chosen: ").append(e.hardware()).append('\n');
            score(out, e);
            out.append('\n').append(chain(e.chain()));
        } else if (e.hardware() != null) {
            out.append(e.hardware()).append(": ").append(e.verdict()).append('\n');
            score(out, e);
            objections(out, e.objections());
        } else {
            out.append(style.bold("No machine satisfies this scenario.")).append(" The first reason against each:\n");
            out.append(firstReasons(e.others()));
        }
        return out.toString();
    }

    /** The machine's score, term by term, and where it differs from the choice's. */
    private void score(StringBuilder out, Explanation e) {
        if (e.score() == null) {
            return;
        }
        out.append(style.heading("Score " + Numbers.num(e.score().score()))).append('\n');
        e.score().terms().forEach(t -> out.append("  ").append(t.points() > 0 ? "+" : "").append(Numbers.num(t.points()))
                .append(' ').append(t.term()).append(t.workload() == null ? "" : " on " + t.workload()).append(": ")
                .append(t.reason()).append(" [").append(t.advice()).append("]\n"));
        if (!e.againstChoice().isEmpty()) {
            out.append(style.heading("Against the choice")).append('\n');
            e.againstChoice().forEach(d -> out.append("  - ").append(d).append('\n'));
        }
    }

    /** Each machine with the first reason against it, for a scenario no machine satisfies. */
    public String firstReasons(List<Alternative> input) {
        List<Alternative> others = Printable.of(input);
        StringBuilder out = new StringBuilder();
        for (Alternative a : others) {
            out.append("  ").append(style.bold(a.hardware().id())).append(": ")
                    .append(a.reasons().isEmpty() ? a.verdict() : reason(a.reasons().get(0))).append('\n');
        }
        return out.append("  (rig explain SCENARIO --hardware ID tells every reason against one machine)\n").toString();
    }

    /** Facts given, then each phase's firings in order, then what followed from the decision. */
    public String chain(Chain input) {
        Chain chain = Printable.of(input);
        StringBuilder out = new StringBuilder();
        out.append(style.heading("Facts given")).append('\n');
        chain.given().forEach(f -> out.append("  - ").append(f).append('\n'));
        Map<String, StringBuilder> phases = new LinkedHashMap<>();
        Phases.ORDER.forEach(p -> phases.put(p, new StringBuilder()));
        for (Firing f : chain.steps()) {
            step(phases.computeIfAbsent(phaseOf.getOrDefault(f.rule(), ""), p -> new StringBuilder()), f, true);
        }
        phases.forEach((phase, text) -> {
            if (!text.isEmpty()) {
                out.append(style.heading(HEADINGS.getOrDefault(phase, phase.isEmpty() ? "Other" : phase))).append('\n')
                        .append(text);
            }
        });
        if (!chain.after().isEmpty()) {
            out.append(style.heading("Because of the decision")).append('\n');
            chain.after().forEach(f -> step(out, f, false));
        }
        return out.toString();
    }

    private void objections(StringBuilder out, List<Objection> objections) {
        if (objections.isEmpty()) {
            out.append("  The rules concluded nothing against it: it was not evaluated against this scenario.\n");
            return;
        }
        for (int i = 0; i < objections.size(); i++) {
            Objection o = objections.get(i);
            String title = !o.reason().blocking() ? "Against it" : i == 0 ? "First blocking reason" : "Also blocking";
            out.append(style.heading(title)).append('\n');
            out.append("  ").append(reason(o.reason())).append('\n');
            if (o.firing() != null) {
                out.append("      concluded by ").append(o.firing().sequence()).append(". ").append(o.firing().rule())
                        .append(" (").append(o.firing().file()).append(")\n");
            }
            for (String fact : o.facts()) {
                out.append("      from ").append(fact);
                o.derivedFrom().stream().filter(d -> d.inserted().contains(fact)).findFirst()
                        .ifPresent(d -> out.append("\n          (concluded by ").append(d.sequence()).append(". ")
                                .append(d.rule()).append(" [").append(d.advice()).append("; ").append(d.source())
                                .append("])"));
                out.append('\n');
            }
        }
    }

    private static String reason(Reason r) {
        return (r.blocking() ? "x " : "- ") + r.message() + " [" + r.advice() + "; " + r.source() + "]";
    }

    private static void step(StringBuilder out, Firing f, boolean withFacts) {
        out.append("  ").append(f.sequence()).append(". ").append(f.rule()).append(" [").append(f.advice())
                .append("; ").append(f.source()).append("]\n");
        if (withFacts) {
            List<String> facts = f.matched().stream().filter(Provenance::isFact).toList();
            if (!facts.isEmpty()) {
                out.append("       from ").append(String.join("; ", facts)).append('\n');
            }
        }
        f.inserted().forEach(c -> out.append("       => ").append(c).append('\n'));
        f.retracted().forEach(c -> out.append("       withdrew ").append(c).append('\n'));
    }
}
