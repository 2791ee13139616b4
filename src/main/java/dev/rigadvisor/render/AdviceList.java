package dev.rigadvisor.render;

import dev.rigadvisor.guidance.AdviceIndex;

import java.util.List;

/** The advice registry with, for each ID, the rules citing it and the scenarios where it fired. */
public final class AdviceList {

    private AdviceList() {
    }

    public static String text(List<AdviceIndex.Entry> input) {
        List<AdviceIndex.Entry> entries = Printable.of(input);
        StringBuilder out = new StringBuilder();
        for (AdviceIndex.Entry e : entries) {
            out.append(e.id());
            if (!e.registered()) {
                out.append("  [NOT IN REGISTRY]");
            }
            if (!e.cited()) {
                out.append("  [cited by no rule]");
            }
            if (!e.fired()) {
                out.append("  [fired in no scenario]");
            }
            out.append('\n');
            if (e.registered()) {
                out.append("  ").append(e.summary()).append(" (").append(e.document()).append(")\n");
            }
            out.append("  rules: ").append(e.cited() ? String.join("; ", e.rules()) : "(none)").append('\n');
            out.append("  fired in: ").append(e.fired() ? String.join(", ", e.firedIn()) : "(none)").append('\n');
        }
        long uncited = entries.stream().filter(e -> !e.cited()).count();
        long unfired = entries.stream().filter(e -> !e.fired()).count();
        long unknown = entries.stream().filter(e -> !e.registered()).count();
        out.append('\n').append(entries.size()).append(" advice IDs: ").append(uncited).append(" cited by no rule, ")
                .append(unfired).append(" fired in no scenario, ").append(unknown).append(" cited but not registered\n");
        return out.toString();
    }

    public static String json(List<AdviceIndex.Entry> entries) {
        return JsonCard.render(java.util.Map.of("advice", entries));
    }
}
