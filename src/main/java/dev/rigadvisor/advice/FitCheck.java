package dev.rigadvisor.advice;

import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.Model;
import dev.rigadvisor.catalog.Platform;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Scenarios;
import dev.rigadvisor.catalog.Workload;
import dev.rigadvisor.engine.Consultation;
import dev.rigadvisor.engine.Firing;
import dev.rigadvisor.engine.fact.Fit;
import dev.rigadvisor.engine.fact.MemoryEstimate;
import dev.rigadvisor.engine.fact.Rejection;
import dev.rigadvisor.engine.fact.Speed;
import dev.rigadvisor.engine.fact.Warning;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Asks the rules whether a model runs on a machine: a catalog holding just that machine (and the model, if it is
 * ad hoc), a one-workload scenario pinning the model, and the real consultation. No memory or speed maths here.
 */
public final class FitCheck {

    private final Advisor advisor;

    public FitCheck(Advisor advisor) {
        this.advisor = advisor;
    }

    /**
     * @param task         the task the model serves (it sets the target format the rules start from)
     * @param quantization a format to try first, or null for the best that fits: for an LLM the rules then start
     *                     from the catalog's largest general format and walk down to the floor they accept
     */
    public FitReport check(Model model, Hardware machine, String task, String quantization, Integer contextTokens,
                           String resolution) {
        Catalog catalog = advisor.catalog().withModel(model).onlyHardware(List.of()).withHardware(machine);
        Workload.Kind kind = Workload.Kind.valueOf(model.modality().name());
        String start = quantization != null || kind != Workload.Kind.llm ? quantization : largestGeneralFormat(catalog);
        Workload workload = new Workload(model.id(), kind, task, null, contextTokens, null, resolution, model.id(),
                start);
        Scenario scenario = new Scenario("fit " + model.id() + " on " + machine.id(), null, Scenarios.MAX_BUDGET_USD,
                new Platform(null, false, null), 0.0, List.of(workload), List.of(), List.of(), null, null);
        Scenarios.check(scenario, "<fit>", catalog);
        Consultation.Outcome outcome = advisor.with(catalog).consult(scenario);
        return report(model, machine, quantization, outcome);
    }

    private static String largestGeneralFormat(Catalog catalog) {
        return catalog.quantizations().stream().filter(q -> q.appliesToAnyModel())
                .max(Comparator.comparingDouble(q -> q.bitsPerWeight())).map(q -> q.id()).orElse(null);
    }

    private FitReport report(Model model, Hardware machine, String asked, Consultation.Outcome outcome) {
        Optional<Fit> fit = outcome.all(Fit.class).stream().findFirst();
        List<MemoryEstimate> estimates = outcome.all(MemoryEstimate.class);
        // Where it fits, the format the rules chose; where it does not, the smallest they tried ("even X needs Y").
        Optional<MemoryEstimate> shown = fit.isPresent()
                ? estimates.stream().filter(e -> e.quantization().equals(fit.get().quantization())).findFirst()
                : estimates.stream().min(Comparator.comparingDouble(MemoryEstimate::totalGb));
        Memory memory = shown.map(e -> new Memory(CardBuilder.round(e.weightsGb()), CardBuilder.round(e.kvCacheGb()),
                CardBuilder.round(e.overheadGb()), CardBuilder.round(e.totalGb()),
                fit.map(f -> CardBuilder.round(f.usableGb())).orElse(0.0), e.basis())).orElse(null);
        TokensPerSecond speed = outcome.all(Speed.class).stream().findFirst()
                .map(TokensPerSecond::of).orElse(null);
        List<String> reasons = outcome.all(Rejection.class).stream().filter(Rejection::blocking)
                .map(r -> r.reason() + " [" + r.cite().advice() + "]").toList();
        List<Notice> warnings = outcome.all(Warning.class).stream()
                .map(w -> new Notice(w.cite().advice(), w.message(), w.cite().source(), w.cite().rule())).toList();
        return new FitReport(model.id(), model.name(), machine.id(), machine.name(), asked,
                shown.map(MemoryEstimate::quantization).orElse(asked), fit.map(f -> f.placement().name()).orElse("none"),
                fit.map(Fit::device).orElse(null), memory, fit.map(f -> CardBuilder.round(f.spillGb())).orElse(0.0),
                speed, reasons, warnings, applied(outcome.firings()), advisor.version());
    }

    /** Each rule that fired, once, in the order it first fired. */
    private static List<FitReport.AdviceUse> applied(List<Firing> firings) {
        Map<String, FitReport.AdviceUse> uses = new LinkedHashMap<>();
        firings.forEach(f -> uses.putIfAbsent(f.rule(), new FitReport.AdviceUse(f.advice(), f.rule(), f.source())));
        return List.copyOf(uses.values());
    }
}
