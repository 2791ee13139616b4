package dev.rigadvisor.advice;

import dev.rigadvisor.catalog.Expectation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares a card with a scenario's expect block; each difference is one line. */
public final class ExpectationCheck {

    private ExpectationCheck() {
    }

    public static List<String> differences(Card card, Expectation expect) {
        List<String> out = new ArrayList<>();
        if (expect == null) {
            return out;
        }
        Recommendation rec = card.recommendation();
        if (Boolean.TRUE.equals(expect.noHardware())) {
            if (rec != null) {
                out.add("expected no machine to satisfy the scenario, got " + rec.hardware().id());
            }
            checkAdvice(card, expect, out);
            return out;
        }
        if (rec == null) {
            out.add("expected a recommendation, got none (no machine satisfies the scenario)");
            return out;
        }
        HardwareSummary h = rec.hardware();
        if (expect.hardware() != null && !expect.hardware().equals(h.id())) {
            out.add("hardware: expected " + expect.hardware() + ", got " + h.id());
        }
        if (!expect.hardwareAnyOf().isEmpty() && !expect.hardwareAnyOf().contains(h.id())) {
            out.add("hardware: expected one of " + expect.hardwareAnyOf() + ", got " + h.id());
        }
        if (expect.minMemoryGb() != null && h.memoryGb() < expect.minMemoryGb()) {
            out.add("memory: expected at least " + expect.minMemoryGb() + " GB, got " + h.memoryGb());
        }
        if (expect.maxMemoryGb() != null && h.memoryGb() > expect.maxMemoryGb()) {
            out.add("memory: expected at most " + expect.maxMemoryGb() + " GB, got " + h.memoryGb());
        }
        if (expect.cuda() != null && expect.cuda() != h.cuda()) {
            out.add("cuda: expected " + expect.cuda() + ", got " + h.cuda());
        }
        if (expect.memoryKind() != null && !expect.memoryKind().equals(h.memoryKind())) {
            out.add("memoryKind: expected " + expect.memoryKind() + ", got " + h.memoryKind());
        }
        if (expect.maxPriceUsd() != null && h.priceUsd() > expect.maxPriceUsd()) {
            out.add("price: expected at most $" + expect.maxPriceUsd() + ", got $" + h.priceUsd());
        }
        for (Map.Entry<String, String> e : expect.models().entrySet()) {
            String got = rec.models().stream().filter(m -> m.workload().equals(e.getKey())).map(ModelPlan::model)
                    .findFirst().orElse("(none)");
            if (!got.equals(e.getValue())) {
                out.add("model for " + e.getKey() + ": expected " + e.getValue() + ", got " + got);
            }
        }
        checkAdvice(card, expect, out);
        for (String id : expect.rejected()) {
            boolean rejected = card.alternatives().stream().anyMatch(a -> a.hardware().id().equals(id));
            if (!rejected) {
                out.add("hardware " + id + ": expected among the alternatives (not chosen), but it was chosen");
            }
        }
        return out;
    }

    /** Advice IDs that must, and must not, appear among the card's warnings and notes. */
    private static void checkAdvice(Card card, Expectation expect, List<String> out) {
        List<String> advice = java.util.stream.Stream.concat(card.warnings().stream(), card.notes().stream())
                .flatMap(w -> ids(w.advice()).stream()).toList();
        for (String id : expect.warnings()) {
            if (!advice.contains(id)) {
                out.add("warning " + id + ": expected, not on the card");
            }
        }
        for (String id : expect.noWarnings()) {
            if (advice.contains(id)) {
                out.add("warning " + id + ": on the card, expected absent");
            }
        }
    }

    static List<String> ids(String advice) {
        if (advice == null) {
            return List.of();
        }
        return java.util.Arrays.stream(advice.split("[,;]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
