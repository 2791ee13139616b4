package dev.rigadvisor.engine;

import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.DecisionTables;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Workload;
import dev.rigadvisor.engine.fact.Justification;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Justified conclusions: a fact inserted logically is withdrawn when its premise goes, and the trail says so. */
class TruthMaintenanceTest {

    @Test
    void aConclusionIsWithdrawnWithItsPremiseAndTheTrailRecordsIt() {
        RuleBase rules = RuleBase.build(Path.of("src/test/resources/tms"));
        Consultation consultation = new Consultation(rules, Catalog.load(Path.of("facts")),
                DecisionTables.load(Path.of("rules")));
        Scenario scenario = new Scenario("tms", null, 1000, null, 0.0,
                List.of(workload("first"), workload("second")), null, null, null, null);

        Consultation.Outcome outcome = consultation.run(scenario);

        assertEquals(List.of("second"), outcome.all(Justification.class).stream().map(Justification::workload).toList(),
                "the need drawn from the removed workload is gone");
        String needFirst = FactLabel.of(new Justification("first", "test", null));
        Firing concluded = outcome.firings().stream().filter(f -> f.inserted().contains(needFirst)).findFirst()
                .orElseThrow(() -> new AssertionError("the trail shows the need being concluded"));
        Firing withdrew = outcome.firings().stream().filter(f -> f.rule().startsWith("withdraw")).findFirst().orElseThrow();
        assertTrue(withdrew.sequence() > concluded.sequence());
        assertTrue(withdrew.retracted().contains(needFirst), "the trail shows it withdrawn: " + withdrew.retracted());
        assertTrue(withdrew.retracted().stream().anyMatch(l -> l.startsWith("Workload first")), withdrew.retracted().toString());
    }

    private static Workload workload(String id) {
        return new Workload(id, Workload.Kind.llm, "chat", null, null, null, null, null, null);
    }
}
