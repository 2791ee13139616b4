package dev.rigadvisor.advice;

import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Workload;
import dev.rigadvisor.engine.Consultation.Outcome;
import dev.rigadvisor.engine.FactLabel;
import dev.rigadvisor.engine.Firing;
import dev.rigadvisor.engine.fact.BreakEven;
import dev.rigadvisor.engine.fact.Candidate;
import dev.rigadvisor.engine.fact.Choice;
import dev.rigadvisor.engine.fact.Citation;
import dev.rigadvisor.engine.fact.Fit;
import dev.rigadvisor.engine.fact.Flip;
import dev.rigadvisor.engine.fact.RunnerUp;
import dev.rigadvisor.engine.fact.ScoreTerm;
import dev.rigadvisor.engine.fact.Limitation;
import dev.rigadvisor.engine.fact.MediaTime;
import dev.rigadvisor.engine.fact.MemoryEstimate;
import dev.rigadvisor.engine.fact.Note;
import dev.rigadvisor.engine.fact.Pick;
import dev.rigadvisor.engine.fact.Prefill;
import dev.rigadvisor.engine.fact.Rejection;
import dev.rigadvisor.engine.fact.Sizing;
import dev.rigadvisor.engine.fact.Speed;
import dev.rigadvisor.engine.fact.TierPlacement;
import dev.rigadvisor.engine.fact.Upgrade;
import dev.rigadvisor.engine.fact.Warning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers what the rules concluded into a card. It decides nothing: every line is a fact a rule inserted,
 * in the order the rules concluded it.
 */
public final class CardBuilder {

    private final Catalog catalog;

    public CardBuilder(Catalog catalog) {
        this.catalog = catalog;
    }

    public Card build(Scenario scenario, String file, Outcome outcome, String rulesVersion) {
        Map<String, Integer> concludedAt = firstConclusion(outcome.firings());
        Optional<Choice> choice = outcome.all(Choice.class).stream().findFirst();
        Recommendation recommendation = choice.map(c -> recommendation(scenario, c, outcome, concludedAt)).orElse(null);
        return new Card(summary(scenario, file), recommendation, sizing(outcome, concludedAt),
                alternatives(scenario, choice.map(Choice::hardware).orElse(null), outcome, concludedAt),
                notices(outcome, concludedAt), notes(outcome, concludedAt), upgrades(outcome, concludedAt), cost(outcome),
                weighing(choice.map(Choice::hardware).orElse(null), outcome, concludedAt),
                trail(outcome.firings()), rulesVersion, null, null);
    }

    private ScenarioSummary summary(Scenario s, String file) {
        return new ScenarioSummary(s.name(), file, s.budgetUsd(), s.platform().os(), s.platform().portable(),
                s.platform().cuda(), s.apiSpendUsdPerMonth(),
                s.workloads().stream().map(w -> w.id() + " (" + w.kindName() + "/" + w.task() + ", " + w.quality()
                        + (w.resolution() == null ? "" : ", " + w.resolution()) + ")").toList(),
                s.together(), s.considering(),
                s.have() == null ? null : catalog.hardware(s.have()).map(HardwareSummary::of).orElse(null));
    }

    private Recommendation recommendation(Scenario scenario, Choice choice, Outcome outcome,
                                          Map<String, Integer> concludedAt) {
        Hardware hardware = catalog.hardware(choice.hardware()).orElseThrow();
        List<ModelPlan> plans = new ArrayList<>();
        for (Workload w : scenario.workloads()) {
            outcome.all(Fit.class).stream()
                    .filter(f -> f.hardware().equals(hardware.id()) && f.workload().equals(w.id()))
                    .findFirst().ifPresent(fit -> plans.add(plan(fit, outcome)));
        }
        List<String> cannotDo = ordered(outcome.all(Limitation.class).stream()
                .filter(l -> l.hardware().equals(hardware.id())).toList(), concludedAt).stream()
                .map(Limitation::message).toList();
        String tier = outcome.all(TierPlacement.class).stream().filter(t -> t.hardware().equals(hardware.id()))
                .findFirst().map(t -> FactLabel.gb(t.tierGb()) + " tier (HG Tier " + t.hgTier() + "): " + t.whoFor()
                        + ", verdict \"" + t.verdict() + "\"").orElse(null);
        return new Recommendation(HardwareSummary.of(hardware), cite(choice.cite()), plans, cannotDo, tier);
    }

    private ModelPlan plan(Fit fit, Outcome outcome) {
        MemoryEstimate estimate = outcome.all(MemoryEstimate.class).stream()
                .filter(e -> e.workload().equals(fit.workload()) && e.quantization().equals(fit.quantization()))
                .findFirst().orElseThrow();
        Optional<Pick> pick = outcome.all(Pick.class).stream().filter(p -> p.workload().equals(fit.workload())).findFirst();
        Optional<Speed> speed = outcome.all(Speed.class).stream()
                .filter(s -> s.hardware().equals(fit.hardware()) && s.workload().equals(fit.workload())).findFirst();
        String modelName = catalog.model(fit.model()).map(m -> m.name()).orElse(fit.model());
        Memory memory = new Memory(round(estimate.weightsGb()), round(estimate.kvCacheGb()),
                round(estimate.overheadGb()), round(estimate.totalGb()), round(fit.usableGb()), estimate.basis());
        TokensPerSecond tps = speed.map(TokensPerSecond::of).orElse(null);
        FirstToken firstToken = outcome.all(Prefill.class).stream()
                .filter(p -> p.hardware().equals(fit.hardware()) && p.workload().equals(fit.workload())).findFirst()
                .map(FirstToken::of).orElse(null);
        GenerationTime time = outcome.all(MediaTime.class).stream()
                .filter(t -> t.hardware().equals(fit.hardware()) && t.workload().equals(fit.workload())).findFirst()
                .map(GenerationTime::of).orElse(null);
        return new ModelPlan(fit.workload(), fit.model(), modelName, fit.quantization(),
                pick.map(Pick::quantization).orElse(fit.quantization()),
                pick.map(p -> p.basis() + " [" + p.cite().advice() + "]").orElse(""),
                memory, fit.full(), fit.placement().name(), fit.device(),
                tps == null ? null : tps.typical(), tps, firstToken, time);
    }

    private List<Alternative> alternatives(Scenario scenario, String chosen, Outcome outcome,
                                           Map<String, Integer> concludedAt) {
        Map<String, List<Rejection>> byHardware = new HashMap<>();
        for (Rejection r : ordered(outcome.all(Rejection.class), concludedAt)) {
            byHardware.computeIfAbsent(r.hardware(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Candidate> candidates = new HashMap<>();
        outcome.all(Candidate.class).forEach(c -> candidates.put(c.hardware(), c));
        List<Alternative> out = new ArrayList<>();
        for (Hardware h : catalog.hardware()) {
            if (h.id().equals(chosen)) {
                continue;
            }
            List<Rejection> rejections = byHardware.getOrDefault(h.id(), List.of());
            boolean blocked = rejections.stream().anyMatch(Rejection::blocking);
            List<Reason> reasons = rejections.stream()
                    .sorted(Comparator.comparing((Rejection r) -> !r.blocking()))
                    .map(r -> new Reason(r.cite().advice(), r.reason(), r.blocking(), r.cite().rule(), r.cite().source()))
                    .toList();
            Candidate candidate = candidates.get(h.id());
            out.add(new Alternative(HardwareSummary.of(h), blocked ? "ruled out" : candidate != null && candidate.qualifies()
                    ? "lost" : "not evaluated", scenario.considering().contains(h.id()), reasons));
        }
        // Machines you are weighing first, then those that qualified and lost, then the ruled-out ones; cheapest first.
        out.sort(Comparator.comparing((Alternative a) -> !a.considered())
                .thenComparing(a -> !"lost".equals(a.verdict()))
                .thenComparing(a -> a.hardware().priceUsd())
                .thenComparing(a -> a.hardware().id()));
        return out;
    }

    /** The choice's and the runner-up's scores, term by term, and what would change the answer. */
    private Weighing weighing(String chosen, Outcome outcome, Map<String, Integer> concludedAt) {
        List<String> flips = ordered(outcome.all(Flip.class), concludedAt).stream().map(Flip::change).toList();
        Map<String, Candidate> candidates = new HashMap<>();
        outcome.all(Candidate.class).forEach(c -> candidates.put(c.hardware(), c));
        if (chosen == null && flips.isEmpty()) {
            return null;
        }
        Weighing.Score choice = chosen == null ? null : score(candidates.get(chosen), outcome, concludedAt);
        Weighing.Score runnerUp = outcome.all(RunnerUp.class).stream().findFirst()
                .map(r -> score(candidates.get(r.hardware()), outcome, concludedAt)).orElse(null);
        double margin = catalog.parameters().stream().filter(p -> p.id().equals("start-small-margin-points"))
                .mapToDouble(p -> p.value()).findFirst().orElse(0);
        List<Weighing.Score> scored = outcome.all(Candidate.class).stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparing(Candidate::hardware))
                .map(c -> score(c, outcome, concludedAt)).toList();
        return new Weighing(choice, runnerUp, margin, Weighing.decisive(choice, runnerUp), flips, scored);
    }

    private Weighing.Score score(Candidate candidate, Outcome outcome, Map<String, Integer> concludedAt) {
        if (candidate == null) {
            return null;
        }
        Hardware h = catalog.hardware(candidate.hardware()).orElseThrow();
        List<Weighing.Term> terms = ordered(outcome.all(ScoreTerm.class).stream()
                .filter(t -> t.hardware().equals(h.id())).toList(), concludedAt).stream()
                .map(t -> new Weighing.Term(t.term(), t.workload(), t.points(), t.cite().advice(), t.reason())).toList();
        return new Weighing.Score(h.id(), h.name(), candidate.score(), candidate.priceUsd(), terms);
    }

    private static List<Notice> notices(Outcome outcome, Map<String, Integer> concludedAt) {
        return ordered(outcome.all(Warning.class), concludedAt).stream()
                .map(w -> new Notice(w.cite().advice(), w.message(), w.cite().source(), w.cite().rule())).toList();
    }

    private static List<Notice> notes(Outcome outcome, Map<String, Integer> concludedAt) {
        return ordered(outcome.all(Note.class), concludedAt).stream()
                .map(n -> new Notice(n.cite().advice(), n.message(), n.cite().source(), n.cite().rule())).toList();
    }

    private static List<String> sizing(Outcome outcome, Map<String, Integer> concludedAt) {
        return ordered(outcome.all(Sizing.class), concludedAt).stream()
                .map(s -> s.explanation() + " [" + s.cite().advice() + "]").toList();
    }

    private static List<String> upgrades(Outcome outcome, Map<String, Integer> concludedAt) {
        return ordered(outcome.all(Upgrade.class), concludedAt).stream()
                .map(u -> "from " + u.from() + " to " + u.to() + ": " + u.when() + " [" + u.cite().advice() + "]").toList();
    }

    private static String cost(Outcome outcome) {
        return outcome.all(BreakEven.class).stream().findFirst()
                .map(b -> "$" + FactLabel.num(b.priceUsd()) + " equals " + FactLabel.num(b.months()) + " months of your $"
                        + FactLabel.num(b.apiSpendUsdPerMonth()) + "/month API spend [" + b.cite().advice() + "]")
                .orElse(null);
    }

    private static List<Step> trail(List<Firing> firings) {
        return firings.stream().map(f -> new Step(f.sequence(), f.rule(), f.advice(), f.source(), f.file(),
                f.matched(), f.inserted(), f.retracted())).toList();
    }

    private static String cite(Citation c) {
        return c.rule() + " [" + c.advice() + "; " + c.source() + "]";
    }

    /** Facts in the order the rules concluded them, which the firing order fixes. */
    private static <T> List<T> ordered(List<T> facts, Map<String, Integer> concludedAt) {
        List<Labelled<T>> keyed = new ArrayList<>(facts.size());
        for (T fact : facts) {
            String label = FactLabel.of(fact);
            keyed.add(new Labelled<>(concludedAt.getOrDefault(label, Integer.MAX_VALUE), label, fact));
        }
        keyed.sort(Comparator.comparingInt((Labelled<T> k) -> k.concluded()).thenComparing(Labelled::label));
        return keyed.stream().map(Labelled::fact).toList();
    }

    /** A fact with its label and the firing that first concluded it, worked out once for sorting. */
    private record Labelled<T>(int concluded, String label, T fact) {
    }

    private static Map<String, Integer> firstConclusion(List<Firing> firings) {
        Map<String, Integer> at = new HashMap<>();
        for (Firing f : firings) {
            for (String label : f.inserted()) {
                at.putIfAbsent(label, f.sequence());
            }
        }
        return at;
    }

    static double round(double value) {
        return Math.round(value * 10.0) / 10.0;
    }
}
