package dev.rigadvisor.advice;

import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.NearestName;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Workload;
import dev.rigadvisor.engine.Consultation;
import dev.rigadvisor.engine.fact.Fit;
import dev.rigadvisor.engine.fact.MemoryEstimate;
import dev.rigadvisor.engine.fact.MediaTime;
import dev.rigadvisor.engine.fact.Prefill;
import dev.rigadvisor.engine.fact.Speed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Machines side by side for one scenario's workloads: the rules run over a catalog holding only these machines,
 * so the choice is the best of them and every other says why it lost; each workload shows how it runs on each.
 */
public record Comparison(ScenarioSummary scenario, List<String> workloads, List<Column> machines, String chosen,
                         String rulesVersion) {

    /** One machine: its verdict, how each workload runs on it, and the reasons behind the verdict. */
    public record Column(HardwareSummary hardware, String verdict, List<Cell> workloads, List<Reason> reasons) {
    }

    /** One workload on one machine; {@code fit} is full, split or none. */
    public record Cell(String workload, String model, String quantization, String fit, double needGb, double usableGb,
                       TokensPerSecond speed, FirstToken firstToken, GenerationTime generationTime) {
    }

    public Comparison {
        workloads = List.copyOf(workloads);
        machines = List.copyOf(machines);
    }

    public static Comparison of(Advisor advisor, Scenario scenario, String file, List<String> ids) {
        Catalog all = advisor.catalog();
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        for (int i = 0; i < distinct.size(); i++) {
            String id = distinct.get(i);
            if (all.hardware(id).isEmpty()) {
                throw new BadInput("ID", String.valueOf(i + 1), NearestName.hint("hardware id", id, all.hardwareIds()));
            }
        }
        if (distinct.size() < 2) {
            throw new BadInput("ID", null, "name two or more different machines to compare");
        }
        Advisor these = advisor.with(all.onlyHardware(distinct));
        Scenario weighing = scenario.withConsidering(distinct);
        Consultation.Outcome outcome = these.consult(weighing);
        Card card = new CardBuilder(these.catalog()).build(weighing, file, outcome, advisor.version());
        List<Column> columns = new ArrayList<>();
        for (String id : distinct) {
            columns.add(column(id, card, outcome, weighing));
        }
        String chosen = card.satisfied() ? card.recommendation().hardware().id() : null;
        return new Comparison(card.scenario(), weighing.workloads().stream().map(Workload::id).toList(), columns,
                chosen, advisor.version());
    }

    private static Column column(String id, Card card, Consultation.Outcome outcome, Scenario scenario) {
        List<Cell> cells = scenario.workloads().stream().map(w -> cell(id, w, outcome)).toList();
        if (card.satisfied() && card.recommendation().hardware().id().equals(id)) {
            List<Reason> limits = card.recommendation().cannotDo().stream()
                    .map(l -> new Reason("", l, false, "", "")).toList();
            return new Column(card.recommendation().hardware(), "chosen", cells, limits);
        }
        Alternative alternative = card.alternatives().stream().filter(a -> a.hardware().id().equals(id)).findFirst()
                .orElseThrow();
        return new Column(alternative.hardware(), alternative.verdict(), cells, alternative.reasons());
    }

    private static Cell cell(String hardware, Workload w, Consultation.Outcome outcome) {
        Optional<Fit> fit = outcome.all(Fit.class).stream()
                .filter(f -> f.hardware().equals(hardware) && f.workload().equals(w.id())).findFirst();
        if (fit.isEmpty()) {
            String model = outcome.all(MemoryEstimate.class).stream().filter(e -> e.workload().equals(w.id()))
                    .map(MemoryEstimate::model).findFirst().orElse(null);
            return new Cell(w.id(), model, null, "none", 0, 0, null, null, null);
        }
        Fit f = fit.get();
        TokensPerSecond speed = outcome.all(Speed.class).stream()
                .filter(s -> s.hardware().equals(hardware) && s.workload().equals(w.id())).findFirst()
                .map(TokensPerSecond::of).orElse(null);
        FirstToken firstToken = outcome.all(Prefill.class).stream()
                .filter(p -> p.hardware().equals(hardware) && p.workload().equals(w.id())).findFirst()
                .map(FirstToken::of).orElse(null);
        GenerationTime time = outcome.all(MediaTime.class).stream()
                .filter(t -> t.hardware().equals(hardware) && t.workload().equals(w.id())).findFirst()
                .map(GenerationTime::of).orElse(null);
        return new Cell(w.id(), f.model(), f.quantization(), f.placement().name(), CardBuilder.round(f.needGb()),
                CardBuilder.round(f.usableGb()), speed, firstToken, time);
    }
}
