package dev.rigadvisor.audit;

import dev.rigadvisor.engine.FactLabel;
import dev.rigadvisor.engine.Firing;
import dev.rigadvisor.engine.fact.Choice;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The firings that led to a decision, traced back through the facts each matched to the facts given: the
 * inputs (scenario, catalog, tables), then the findings derived from them in firing order, then the decision.
 * {@code after} holds what the rules concluded because of the decision (why others lost, warnings).
 */
public record Chain(List<String> given, List<Firing> steps, List<Firing> after) {

    public Chain {
        given = List.copyOf(given);
        steps = List.copyOf(steps);
        after = List.copyOf(after);
    }

    /**
     * The chain behind the choice of a machine: every firing up to the choice whose conclusion is about
     * that machine (its fits, speeds, judgements, ranking, the choice), with everything those rest on.
     */
    public static Chain ofChoice(List<Firing> firings, String hardware) {
        String choice = FactLabel.of(new Choice(hardware, null));
        Optional<Firing> chose = firings.stream().filter(f -> f.inserted().contains(choice)).findFirst();
        int until = chose.map(Firing::sequence).orElse(Integer.MAX_VALUE);
        Pattern about = Pattern.compile("(^|[\\s/=(])" + Pattern.quote(hardware) + "($|[\\s/:,)])");
        List<Firing> goals = firings.stream()
                .filter(f -> f.sequence() <= until && f.inserted().stream().anyMatch(l -> about.matcher(l).find()))
                .toList();
        List<Firing> after = firings.stream().filter(f -> f.sequence() > until && f.matched().contains(choice)).toList();
        Chain chain = supporting(firings, goals);
        return new Chain(chain.given(), chain.steps(), after);
    }

    /** The goals and every firing they rest on, and the input facts at the root. */
    public static Chain supporting(List<Firing> firings, Collection<Firing> goals) {
        Provenance provenance = new Provenance(firings);
        TreeMap<Integer, Firing> steps = new TreeMap<>();
        Deque<Firing> work = new ArrayDeque<>(goals);
        while (!work.isEmpty()) {
            Firing f = work.pop();
            if (steps.putIfAbsent(f.sequence(), f) != null) {
                continue;
            }
            for (String label : f.matched()) {
                provenance.source(label, f.sequence()).ifPresent(work::push);
            }
        }
        LinkedHashSet<String> given = new LinkedHashSet<>();
        for (Firing f : steps.values()) {
            f.matched().stream()
                    .filter(l -> Provenance.isFact(l) && provenance.source(l, f.sequence()).isEmpty())
                    .forEach(given::add);
        }
        return new Chain(List.copyOf(given), List.copyOf(steps.values()), List.of());
    }
}
