package dev.rigadvisor.render;

import dev.rigadvisor.guidance.AdviceIndex;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AdviceListTest {

    @Test
    void marksIdsCitedByNoRuleFiredInNoScenarioOrMissingFromTheRegistry() {
        List<AdviceIndex.Entry> entries = List.of(
                new AdviceIndex.Entry("MEM-1", "HG", "Total parameters set memory.", true, List.of("rule a", "rule b"),
                        List.of("one.json")),
                new AdviceIndex.Entry("STR-4", "MF", "Models improve faster than hardware.", true, List.of(), List.of()),
                new AdviceIndex.Entry("MEM-99", "", "", false, List.of("rule c"), List.of()));
        assertEquals("""
                MEM-1
                  Total parameters set memory. (HG)
                  rules: rule a; rule b
                  fired in: one.json
                STR-4  [cited by no rule]  [fired in no scenario]
                  Models improve faster than hardware. (MF)
                  rules: (none)
                  fired in: (none)
                MEM-99  [NOT IN REGISTRY]  [fired in no scenario]
                  rules: rule c
                  fired in: (none)

                3 advice IDs: 1 cited by no rule, 2 fired in no scenario, 1 cited but not registered
                """, AdviceList.text(entries));
    }
}
