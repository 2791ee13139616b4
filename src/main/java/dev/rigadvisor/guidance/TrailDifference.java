package dev.rigadvisor.guidance;

import dev.rigadvisor.advice.Card;
import dev.rigadvisor.advice.Step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a scenario's card differs between two versions of the guidance, told as firings: those only the new
 * rules made ({@code added}) and those only the old ones made ({@code removed}). A firing is its rule and
 * what it concluded, so a rule that now concludes something else shows on both sides.
 */
public record TrailDifference(boolean cardChanged, List<String> added, List<String> removed) {

    public TrailDifference {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public static TrailDifference between(Card before, Card after) {
        List<String> old = before.trail().stream().map(TrailDifference::firing).toList();
        List<String> now = after.trail().stream().map(TrailDifference::firing).toList();
        List<String> added = missingFrom(old, now);
        List<String> removed = missingFrom(now, old);
        boolean changed = !added.isEmpty() || !removed.isEmpty()
                || !Objects.equals(before.recommendation(), after.recommendation())
                || !before.warnings().equals(after.warnings()) || !before.notes().equals(after.notes())
                || !before.alternatives().equals(after.alternatives());
        return new TrailDifference(changed, added, removed);
    }

    /** The items of {@code these} that {@code base} does not hold (as many times), in the order of {@code these}. */
    private static List<String> missingFrom(List<String> base, List<String> these) {
        Map<String, Integer> left = new HashMap<>();
        base.forEach(f -> left.merge(f, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (String f : these) {
            if (left.getOrDefault(f, 0) > 0) {
                left.merge(f, -1, Integer::sum);
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static String firing(Step step) {
        return "\"" + step.rule() + "\"" + (step.concluded().isEmpty() ? "" : " -> " + String.join("; ", step.concluded()));
    }
}
