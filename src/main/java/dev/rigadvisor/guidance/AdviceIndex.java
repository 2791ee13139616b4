package dev.rigadvisor.guidance;

import dev.rigadvisor.catalog.Advice;
import dev.rigadvisor.catalog.AdviceRegistry;
import dev.rigadvisor.engine.RuleBase;
import dev.rigadvisor.engine.RuleInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** For each advice ID: what it says, the rules that cite it and the scenarios in which it fired. */
public final class AdviceIndex {

    /**
     * One ID. {@code registered} is false for an ID a rule cites that the registry lacks; {@code summary} is
     * then empty.
     */
    public record Entry(String id, String document, String summary, boolean registered, List<String> rules,
                        List<String> firedIn) {

        public Entry {
            rules = List.copyOf(rules);
            firedIn = List.copyOf(firedIn);
        }

        public boolean cited() {
            return !rules.isEmpty();
        }

        public boolean fired() {
            return !firedIn.isEmpty();
        }
    }

    private AdviceIndex() {
    }

    public static List<Entry> of(AdviceRegistry registry, RuleBase rules, List<ScenarioSweep.Run> runs) {
        List<Entry> out = new ArrayList<>();
        for (Advice a : registry.advice()) {
            out.add(entry(a.id(), a.document(), a.summary(), true, rules, runs));
        }
        Set<String> unknown = new TreeSet<>();
        rules.rules().forEach(r -> r.adviceIds().stream().filter(id -> registry.find(id).isEmpty()).forEach(unknown::add));
        unknown.forEach(id -> out.add(entry(id, "", "", false, rules, runs)));
        return out;
    }

    private static Entry entry(String id, String document, String summary, boolean registered, RuleBase rules,
                               List<ScenarioSweep.Run> runs) {
        List<String> citing = rules.rules().stream().filter(r -> r.adviceIds().contains(id)).map(RuleInfo::name)
                .distinct().toList();
        List<String> fired = runs.stream()
                .filter(run -> run.card().trail().stream().anyMatch(step -> ids(step.advice()).contains(id)))
                .map(run -> run.file().getFileName().toString()).toList();
        return new Entry(id, document, summary, registered, citing, fired);
    }

    private static List<String> ids(String advice) {
        return new RuleInfo("", "", "", advice, "").adviceIds();
    }
}
