package dev.rigadvisor.audit;

import dev.rigadvisor.advice.Alternative;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.advice.Weighing;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.NearestName;
import dev.rigadvisor.engine.Firing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a card says what it says about one machine. For the chosen machine, the chain that chose it; for any
 * other, every reason against it (blocking first). With no machine named and none chosen, the machines and
 * why each was ruled out.
 */
public record Explanation(String scenario, String hardware, String verdict, Chain chain, List<Objection> objections,
                          List<Alternative> others, Weighing.Score score, List<String> againstChoice) {

    public Explanation {
        objections = List.copyOf(objections);
        others = List.copyOf(others);
        againstChoice = againstChoice == null ? List.of() : List.copyOf(againstChoice);
    }

    public static Explanation of(Card card, List<Firing> firings, String hardware) {
        String name = card.scenario().name();
        String chosen = card.satisfied() ? card.recommendation().hardware().id() : null;
        if (hardware == null && chosen == null) {
            return new Explanation(name, null, "no machine satisfies the scenario", null, List.of(), card.alternatives(),
                    null, List.of());
        }
        if (hardware == null || hardware.equals(chosen)) {
            return new Explanation(name, chosen, "chosen", Chain.ofChoice(firings, chosen), List.of(), List.of(),
                    score(card, chosen), List.of());
        }
        Optional<Alternative> alternative = card.alternatives().stream()
                .filter(a -> a.hardware().id().equals(hardware)).findFirst();
        if (alternative.isEmpty()) {
            List<String> known = new ArrayList<>(card.alternatives().stream().map(a -> a.hardware().id()).toList());
            if (chosen != null) {
                known.add(chosen);
            }
            throw new BadInput("--hardware", "", NearestName.hint("hardware id", hardware, known));
        }
        Alternative a = alternative.get();
        Weighing.Score score = score(card, hardware);
        Weighing.Score choice = card.weighing() == null ? null : card.weighing().choice();
        return new Explanation(name, hardware, a.verdict(), null, Objection.against(a, firings), List.of(), score,
                Weighing.decisive(choice, score));
    }

    private static Weighing.Score score(Card card, String hardware) {
        return card.weighing() == null ? null : card.weighing().of(hardware).orElse(null);
    }
}
