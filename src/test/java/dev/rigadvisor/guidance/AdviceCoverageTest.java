package dev.rigadvisor.guidance;

import dev.rigadvisor.catalog.AdviceRegistry;
import dev.rigadvisor.engine.RuleBase;
import dev.rigadvisor.engine.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The advice registry and the rules agree: every ID is encoded by a rule, and rules cite only registered IDs. */
class AdviceCoverageTest {

    static AdviceRegistry registry;
    static RuleBase rules;

    @BeforeAll
    static void load() {
        registry = AdviceRegistry.load(Path.of("facts"));
        rules = RuleBase.build(Path.of("rules"));
    }

    @Test
    void everyRegisteredIdIsCitedByARule() {
        Set<String> cited = new TreeSet<>();
        rules.rules().forEach(r -> cited.addAll(r.adviceIds()));
        List<String> uncited = registry.ids().stream().filter(id -> !cited.contains(id)).toList();
        assertEquals(List.of(), uncited, "advice IDs in facts/advice.json that no rule cites");
    }

    @Test
    void everyIdARuleCitesIsRegistered() {
        List<String> unknown = rules.rules().stream().flatMap((RuleInfo r) -> r.adviceIds().stream()
                .filter(id -> registry.find(id).isEmpty()).map(id -> r.name() + " cites " + id)).toList();
        assertEquals(List.of(), unknown, "rules citing IDs that facts/advice.json does not hold");
    }
}
