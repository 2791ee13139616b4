package dev.rigadvisor.guidance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rigadvisor.TestFolders;
import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.render.JsonCard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changing one cell of HG's use-case table changes the cards of exactly the scenarios that row sizes. */
class TableEditTest {

    static final Path SCENARIOS = Path.of("src/test/resources/guidance/tables");

    @Test
    void raisingTheCodingAssistantRowTo64GbChangesOnlyTheCodingCard(@TempDir Path dir) {
        Path edited = TestFolders.copy(Path.of("rules"), dir.resolve("rules"));
        TestFolders.edit(edited.resolve("tables/use-cases.csv"),
                "Coding Assistant,llm,coding,daily,qwen3.6-35b-a3b,Q4_K_M,48,48,",
                "Coding Assistant,llm,coding,daily,qwen3.6-35b-a3b,Q4_K_M,64,64,");

        List<ScenarioSweep.Run> before = ScenarioSweep.run(Advisor.load(Path.of("rules"), Path.of("facts")), SCENARIOS);
        List<ScenarioSweep.Run> after = ScenarioSweep.run(Advisor.load(edited, Path.of("facts")), SCENARIOS);

        Map<String, Boolean> changed = new TreeMap<>();
        for (int i = 0; i < before.size(); i++) {
            changed.put(before.get(i).file().getFileName().toString(), !comparable(before.get(i).card(), "rules")
                    .equals(comparable(after.get(i).card(), edited.toString())));
        }
        assertEquals(Map.of("agents.json", false, "coding-assistant.json", true, "writer.json", false), changed);

        Card coding = after.stream().filter(r -> r.file().endsWith("coding-assistant.json")).findFirst().orElseThrow()
                .card();
        assertTrue(coding.weighing().scored().stream().flatMap(x -> x.terms().stream())
                        .anyMatch(t -> t.reason().contains("\"Coding Assistant\" row (64 GB")),
                "the coding card now weighs machines against a 64GB row: " + coding.weighing().scored());
        assertTrue(ScenarioCheck.allPassed(ScenarioCheck.of(before)));
        List<ScenarioCheck.Result> check = ScenarioCheck.of(after, before, null);
        assertEquals(1, check.size(), "only the coding fixture has an expect block");
        ScenarioCheck.Result result = check.get(0);
        assertTrue(result.sinceBaseline().cardChanged());
        assertTrue(result.sinceBaseline().added().stream().anyMatch(f -> f.contains("\"Coding Assistant\" row (64 GB")),
                result.sinceBaseline().added().toString());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(changed.get(before.get(i).file().getFileName().toString()),
                    TrailDifference.between(before.get(i).card(), after.get(i).card()).cardChanged(),
                    "the trail difference agrees with the cards for " + before.get(i).file());
        }
    }

    /**
     * The card as JSON without what differs between any two rule folders: the version hash of the guidance (and
     * the audit stamp), and the folder's path in the trail's DRL file names.
     */
    static String comparable(Card card, String rulesDir) {
        try {
            ObjectNode json = (ObjectNode) JsonCard.mapper().readTree(JsonCard.card(card));
            json.remove(List.of("rulesVersion", "auditId", "createdAt"));
            return json.toString().replace(rulesDir, "rules");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
