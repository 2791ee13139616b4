package dev.rigadvisor.render;

import dev.rigadvisor.advice.HardwareSummary;
import dev.rigadvisor.advice.ModelPlan;
import dev.rigadvisor.advice.ScenarioSummary;
import dev.rigadvisor.advice.Step;

import java.util.ArrayList;
import java.util.List;

/** The short phrases every card format shows the same way. */
final class Facts {

    private Facts() {
    }

    static List<String> situation(ScenarioSummary s) {
        List<String> parts = new ArrayList<>();
        parts.add("Budget " + Numbers.budget(s.budgetUsd()));
        parts.add("OS " + s.os());
        if (s.portable()) {
            parts.add("portable");
        }
        if ("required".equals(s.cuda())) {
            parts.add("CUDA required");
        }
        if (s.apiSpendUsdPerMonth() > 0) {
            parts.add("API spend " + Numbers.usd(s.apiSpendUsdPerMonth()) + "/month");
        }
        return parts;
    }

    static List<String> machine(HardwareSummary h) {
        List<String> parts = new ArrayList<>();
        parts.add(Numbers.gb(h.memoryGb()) + " " + h.memoryKind());
        parts.add(Numbers.num(h.bandwidthGbs()) + " GB/s");
        parts.add(h.cuda() ? "CUDA" : "no CUDA");
        parts.add(Numbers.usd(h.priceUsd()) + (h.option() == null ? "" : " (MF Option " + h.option() + ")"));
        return parts;
    }

    static String format(ModelPlan p) {
        return p.quantization() + (p.quantization().equals(p.targetQuantization()) ? ""
                : " (target " + p.targetQuantization() + ")");
    }

    static String placement(ModelPlan p) {
        return p.fitsInFastMemory() ? "fully in " + p.device() : "split: " + p.device() + " + system RAM";
    }

    /** Tokens/s (typical, range) and time to first token for an LLM; time per image or clip otherwise. */
    static String speed(ModelPlan p) {
        if (p.generationTime() != null) {
            return Estimates.generationTime(p.generationTime());
        }
        if (p.speed() == null) {
            return "–";
        }
        return Numbers.num(p.speed().typical()) + " tok/s (" + Numbers.num(p.speed().low()) + "–"
                + Numbers.num(p.speed().high()) + ")"
                + (p.firstToken() == null ? "" : ", first token " + Estimates.duration(p.firstToken().seconds()));
    }

    /** How the speed figures were reached: decode, time to first token, or time per image or clip; "" when none. */
    static String speedBasis(ModelPlan p) {
        List<String> parts = new ArrayList<>();
        if (p.speed() != null) {
            parts.add("tokens/s: " + p.speed().basis());
        }
        if (p.firstToken() != null) {
            parts.add("first token: " + p.firstToken().basis());
        }
        if (p.generationTime() != null) {
            parts.add("time: " + p.generationTime().basis());
        }
        return String.join("; ", parts);
    }

    /** The firings that picked, sized, warned and chose: the ones worth reading first. */
    static List<Step> keySteps(List<Step> trail) {
        return trail.stream().filter(s -> s.concluded().stream().anyMatch(c -> c.startsWith("Choice")
                || c.startsWith("Pick") || c.startsWith("Warning") || c.startsWith("Sizing") || c.startsWith("Need")))
                .toList();
    }
}
