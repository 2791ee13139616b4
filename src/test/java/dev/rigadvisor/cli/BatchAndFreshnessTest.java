package dev.rigadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rigadvisor.bench.ScaledKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rig batch gives the cards rig recommend gives; an edit to the rules or facts shows in the very next run. */
class BatchAndFreshnessTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    @Test
    void batchWritesTheCardRecommendGivesForEachScenarioAndReportsABadOneWithoutStopping() throws IOException {
        List<Path> scenarios;
        try (Stream<Path> list = Files.list(Path.of("scenarios"))) {
            scenarios = list.filter(p -> p.toString().endsWith(".json")).sorted().limit(3).toList();
        }
        Path bad = work.resolve("bad.json");
        Files.writeString(bad, "{ \"name\": \"unfinished\",\n  \"budgetUsd\": ");
        Path out = work.resolve("cards.jsonl");
        Rig batch = Rig.run("batch", scenarios.get(0).toString(), bad.toString(), scenarios.get(1).toString(),
                scenarios.get(2).toString(), "--out", out.toString(), "--cache", cache());
        assertEquals(ExitCode.BAD_INPUT, batch.code(), batch.err());
        assertTrue(batch.err().contains("batch: 4 scenarios"), batch.err());
        assertTrue(batch.err().contains("1 errors"), batch.err());
        assertTrue(batch.err().contains(bad.toString() + ":"), "the bad file is named with its place: " + batch.err());
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size());
        for (int i = 0; i < 3; i++) {
            Rig recommend = Rig.run("recommend", scenarios.get(i).toString(), "--format", "json", "--no-audit",
                    "--cache", cache());
            assertEquals(withoutAudit(recommend.json()), withoutAudit(JSON.readTree(lines.get(i))), scenarios.get(i).toString());
        }
    }

    @Test
    void anEditedFactOrRuleChangesTheVeryNextCard() throws IOException {
        Path rules = ScaledKnowledge.copy(Path.of("rules"), work.resolve("rules"));
        Path facts = ScaledKnowledge.copy(Path.of("facts"), work.resolve("facts"));
        String scenario = "scenarios/content-agency.json";
        JsonNode before = card(scenario, rules, facts);
        String chosen = before.path("recommendation").path("hardware").path("id").asText();
        String name = before.path("recommendation").path("hardware").path("name").asText();
        assertTrue(!chosen.isEmpty() && !name.isEmpty(), "content-agency has a recommendation");

        Path hardware = facts.resolve("hardware.json");
        Files.writeString(hardware, Files.readString(hardware).replace("\"name\": " + JSON.writeValueAsString(name),
                "\"name\": " + JSON.writeValueAsString(name + " (edited)")));
        JsonNode afterFact = card(scenario, rules, facts);
        assertEquals(name + " (edited)", afterFact.path("recommendation").path("hardware").path("name").asText());

        Path drl = rules.resolve("selection.drl");
        Files.writeString(drl, Files.readString(drl).replaceAll("(?m)^rule \"([^\"]*)\"", "rule \"$1 (edited)\""));
        JsonNode afterRule = card(scenario, rules, facts);
        List<String> edited = afterRule.path("trail").findValuesAsText("rule").stream()
                .filter(r -> r.endsWith(" (edited)")).toList();
        assertTrue(!edited.isEmpty(), "the trail names the edited rules");
        assertNotEquals(withoutAudit(afterFact), withoutAudit(afterRule));
    }

    private static JsonNode card(String scenario, Path rules, Path facts) {
        Rig rig = Rig.run("recommend", scenario, "--format", "json", "--no-audit", "--rules", rules.toString(),
                "--facts", facts.toString(), "--cache", cache());
        assertTrue(rig.code() == ExitCode.OK || rig.code() == ExitCode.NO_HARDWARE, rig.err());
        return rig.json();
    }

    private static String cache() {
        return work.resolve("cache").toString();
    }

    private static JsonNode withoutAudit(JsonNode card) {
        ObjectNode copy = card.deepCopy();
        copy.remove(List.of("auditId", "createdAt"));
        return copy;
    }

}
