package dev.rigadvisor.audit;

import dev.rigadvisor.advice.Alternative;
import dev.rigadvisor.advice.Reason;
import dev.rigadvisor.engine.FactLabel;
import dev.rigadvisor.engine.Firing;
import dev.rigadvisor.engine.fact.Rejection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One reason a machine was not chosen, with the firing that concluded it (null if the trail holds none), the
 * facts that firing matched and, for each matched fact a rule derived, the firing that derived it.
 */
public record Objection(Reason reason, Firing firing, List<String> facts, List<Firing> derivedFrom) {

    public Objection {
        facts = List.copyOf(facts);
        derivedFrom = List.copyOf(derivedFrom);
    }

    /** Every reason against a machine, blocking ones first, as the card orders them. */
    public static List<Objection> against(Alternative alternative, List<Firing> firings) {
        Provenance provenance = new Provenance(firings);
        List<Objection> out = new ArrayList<>();
        for (Reason r : alternative.reasons()) {
            String label = FactLabel.of(new Rejection(alternative.hardware().id(), r.message(), r.blocking(), null, null));
            Optional<Firing> firing = firings.stream()
                    .filter(f -> f.rule().equals(r.rule()) && f.inserted().contains(label)).findFirst();
            List<String> facts = firing.map(f -> f.matched().stream().filter(Provenance::isFact).toList())
                    .orElse(List.of());
            List<Firing> derived = firing.map(f -> f.matched().stream()
                    .map(l -> provenance.source(l, f.sequence())).flatMap(Optional::stream).distinct().toList())
                    .orElse(List.of());
            out.add(new Objection(r, firing.orElse(null), facts, derived));
        }
        return out;
    }
}
