package dev.rigadvisor.engine;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBaseTest {

    @Test
    void shippedRulesBuildAndEveryRuleCitesAdviceAndSource() {
        RuleBase rules = RuleBase.build(Path.of("rules"));
        assertFalse(rules.rules().isEmpty());
        for (RuleInfo rule : rules.rules()) {
            assertFalse(rule.adviceIds().isEmpty(), rule.name() + " cites no advice");
            assertFalse(rule.source().isBlank(), rule.name() + " cites no source");
            assertTrue(Phases.ORDER.contains(rule.phase()), rule.name() + " is in no known phase: " + rule.phase());
        }
    }
}
