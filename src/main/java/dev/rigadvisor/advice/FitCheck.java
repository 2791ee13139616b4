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
import dev.rigadvisor.engine.fact.Discrepancy;
import dev.rigadvisor.engine.fact.Fit;
import dev.rigadvisor.engine.fact.MediaTime;
import dev.rigadvisor.engine.fact.MemoryEstimate;
import dev.rigadvisor.engine.fact.Prefill;
import dev.rigadvisor.engine.fact.Rejection;
import dev.rigadvisor.engine.fact.Speed;
import dev.rigadvisor.engine.fact.Warning;

import java.util.ArrayList;
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
     * @param quantization a format to try first, or null for the task's target format (the one a user would run);
     *                     the rules walk down from it to the floor they accept. For an LLM, each higher general
     *                     format that also fits fully is reported as an option with its speed.
     */
    public FitReport check(Model model, Hardware machine, String task, String quantization, Integer contextTokens,
                           String resolution) {
        Catalog catalog = advisor.catalog().withModel(model).onlyHardware(List.of()).withHardware(machine);
        Consultation.Outcome outcome = consult(catalog, model, machine, task, quantization, contextTokens, resolution);
        FitReport report = report(model, machine, quantization, outcome);
        if (model.modality() != Model.Modality.llm || report.tokensPerSecond() == null) {
            return report;
        }
        double bits = catalog.quantization(report.quantization()).map(q -> q.bitsPerWeight()).orElse(0.0);
        List<FitReport.Option> options = new ArrayList<>();
        catalog.quantizations().stream().filter(q -> q.appliesToAnyModel() && q.bitsPerWeight() > bits)
                .sorted(Comparator.comparingDouble(q -> q.bitsPerWeight())).forEach(q -> {
                    Consultation.Outcome higher = consult(catalog, model, machine, task, q.id(), contextTokens, resolution);
                    Optional<Fit> fit = higher.all(Fit.class).stream()
                            .filter(f -> f.quantization().equals(q.id()) && f.full()).findFirst();
                    Optional<Speed> speed = higher.all(Speed.class).stream().findFirst();
                    if (fit.isPresent() && speed.isPresent()) {
                        options.add(new FitReport.Option(q.id(), CardBuilder.round(fit.get().needGb()),
                                TokensPerSecond.of(speed.get())));
                    }
                });
        return report.withOptions(options);
    }

    private Consultation.Outcome consult(Catalog catalog, Model model, Hardware machine, String task,
                                         String quantization, Integer contextTokens, String resolution) {
        Workload.Kind kind = Workload.Kind.valueOf(model.modality().name());
        Workload workload = new Workload(model.id(), kind, task, null, contextTokens, null, resolution, model.id(),
                quantization);
        Scenario scenario = new Scenario("fit " + model.id() + " on " + machine.id(), null, Scenarios.MAX_BUDGET_USD,
                new Platform(null, false, null), 0.0, List.of(workload), List.of(), List.of(), null, null);
        Scenarios.check(scenario, "<fit>", catalog);
        return advisor.with(catalog).consult(scenario);
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
        FirstToken firstToken = outcome.all(Prefill.class).stream().findFirst().map(FirstToken::of).orElse(null);
        GenerationTime time = outcome.all(MediaTime.class).stream().findFirst().map(GenerationTime::of).orElse(null);
        List<String> notes = outcome.all(Discrepancy.class).stream().map(Discrepancy::message).sorted().toList();
        List<String> reasons = outcome.all(Rejection.class).stream().filter(Rejection::blocking)
                .map(r -> r.reason() + " [" + r.cite().advice() + "]").toList();
        List<Notice> warnings = outcome.all(Warning.class).stream()
                .map(w -> new Notice(w.cite().advice(), w.message(), w.cite().source(), w.cite().rule())).toList();
        return new FitReport(model.id(), model.name(), machine.id(), machine.name(), asked,
                shown.map(MemoryEstimate::quantization).orElse(asked), fit.map(f -> f.placement().name()).orElse("none"),
                fit.map(Fit::device).orElse(null), memory, fit.map(f -> CardBuilder.round(f.spillGb())).orElse(0.0),
                speed, firstToken, time, List.of(), notes, reasons, warnings, applied(outcome.firings(), advisor.rules().rules()),
                advisor.version());
    }

    /** Each rule that fired, once, in the order it first fired. */
    /** The phases whose rules pick, size and fit the model: the ones that make a fit's answer. */
    private static final java.util.Set<String> ANSWERING = java.util.Set.of("pick", "estimate", "fit");

    private static List<FitReport.AdviceUse> applied(List<Firing> firings, List<dev.rigadvisor.engine.RuleInfo> rules) {
        Map<String, String> phases = new java.util.HashMap<>();
        rules.forEach(r -> phases.put(r.name(), r.phase()));
        Map<String, FitReport.AdviceUse> uses = new LinkedHashMap<>();
        firings.forEach(f -> uses.putIfAbsent(f.rule(), new FitReport.AdviceUse(f.advice(), f.rule(), f.source(),
                ANSWERING.contains(phases.get(f.rule())))));
        return List.copyOf(uses.values());
    }
}
