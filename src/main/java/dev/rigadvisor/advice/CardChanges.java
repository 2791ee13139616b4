package dev.rigadvisor.advice;

import dev.rigadvisor.engine.FactLabel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What differs between two cards for the same person: the machine, each workload's plan, warnings, the verdicts. */
public final class CardChanges {

    private CardChanges() {
    }

    public static List<String> between(Card before, Card after) {
        List<String> changes = new ArrayList<>();
        machine(before, after, changes);
        plans(before, after, changes);
        lines("warning", before.warnings().stream().map(n -> "[" + n.advice() + "] " + n.message()).toList(),
                after.warnings().stream().map(n -> "[" + n.advice() + "] " + n.message()).toList(), changes);
        lines("note", before.notes().stream().map(n -> "[" + n.advice() + "] " + n.message()).toList(),
                after.notes().stream().map(n -> "[" + n.advice() + "] " + n.message()).toList(), changes);
        lines("limitation", cannotDo(before), cannotDo(after), changes);
        lines("sizing", before.sizing(), after.sizing(), changes);
        verdicts(before, after, changes);
        if (changes.isEmpty()) {
            changes.add("nothing: the card is the same");
        }
        return changes;
    }

    private static void machine(Card before, Card after, List<String> changes) {
        String was = machineName(before);
        String now = machineName(after);
        if (!was.equals(now)) {
            changes.add("recommended machine: " + was + " -> " + now);
        }
        if (!Objects.equals(before.scenario().budgetUsd(), after.scenario().budgetUsd())) {
            changes.add("budget: $" + FactLabel.num(before.scenario().budgetUsd()) + " -> $"
                    + FactLabel.num(after.scenario().budgetUsd()));
        }
    }

    private static String machineName(Card card) {
        return card.satisfied() ? card.recommendation().hardware().id() + " ($"
                + FactLabel.num(card.recommendation().hardware().priceUsd()) + ")" : "none satisfies the scenario";
    }

    private static void plans(Card before, Card after, List<String> changes) {
        Map<String, ModelPlan> was = byWorkload(before);
        Map<String, ModelPlan> now = byWorkload(after);
        Set<String> workloads = new LinkedHashSet<>(was.keySet());
        workloads.addAll(now.keySet());
        for (String w : workloads) {
            ModelPlan a = was.get(w);
            ModelPlan b = now.get(w);
            if (a == null) {
                changes.add(w + ": now runs " + plan(b));
            } else if (b == null) {
                changes.add(w + ": no longer planned (was " + plan(a) + ")");
            } else if (!plan(a).equals(plan(b))) {
                changes.add(w + ": " + plan(a) + " -> " + plan(b));
            }
        }
    }

    private static String plan(ModelPlan p) {
        return p.model() + " at " + p.quantization() + ", " + FactLabel.gb(p.memory().totalGb())
                + (p.fitsInFastMemory() ? "" : " split with RAM")
                + (p.speed() == null ? "" : ", " + FactLabel.num(p.speed().low()) + "-" + FactLabel.num(p.speed().high())
                + " tokens/s");
    }

    private static Map<String, ModelPlan> byWorkload(Card card) {
        if (!card.satisfied()) {
            return Map.of();
        }
        return card.recommendation().models().stream().collect(Collectors.toMap(ModelPlan::workload,
                Function.identity(), (x, y) -> x, java.util.LinkedHashMap::new));
    }

    private static List<String> cannotDo(Card card) {
        return card.satisfied() ? card.recommendation().cannotDo() : List.of();
    }

    private static void lines(String what, List<String> before, List<String> after, List<String> changes) {
        after.stream().filter(l -> !before.contains(l)).forEach(l -> changes.add("new " + what + ": " + l));
        before.stream().filter(l -> !after.contains(l)).forEach(l -> changes.add("gone " + what + ": " + l));
    }

    private static void verdicts(Card before, Card after, List<String> changes) {
        Map<String, String> was = verdictsOf(before);
        Map<String, String> now = verdictsOf(after);
        now.forEach((id, verdict) -> {
            String old = was.get(id);
            if (old != null && !old.equals(verdict)) {
                changes.add(id + ": " + old + " -> " + verdict);
            }
        });
    }

    private static Map<String, String> verdictsOf(Card card) {
        Map<String, String> verdicts = new java.util.LinkedHashMap<>();
        if (card.satisfied()) {
            verdicts.put(card.recommendation().hardware().id(), "chosen");
        }
        card.alternatives().forEach(a -> verdicts.put(a.hardware().id(), a.verdict()));
        return verdicts;
    }
}
