package dev.rigadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rigadvisor.TestFolders;
import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.UserCatalog;
import dev.rigadvisor.catalog.JsonInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rules check, scenarios check, advice and catalog add-*, run in-process as a person would run them. */
class GuidanceCommandsTest {

    static final Path FIXTURES = Path.of("src/test/resources/guidance");



    static Path brokenRules(Path dir) throws IOException {
        Path rules = TestFolders.copy(Path.of("rules"), dir.resolve("rules"));
        Files.copy(FIXTURES.resolve("broken.drl"), rules.resolve("broken.drl"));
        return rules;
    }

    @Test
    void rulesCheckListsEveryBuildErrorAtItsDrlLineAndExits3(@TempDir Path dir) throws IOException {
        Path rules = brokenRules(dir);
        Rig r = Rig.run("rules", "check", rules.toString());
        assertEquals(ExitCode.RULES_FAIL, r.code(), r.out() + r.err());
        Path broken = rules.resolve("broken.drl");
        assertTrue(r.out().contains(broken + ":13:20: error: "), r.out());
        assertTrue(r.out().contains(broken + ":24:27: error: The method idd() is undefined"), r.out());
        assertFalse((r.out() + r.err()).contains("Exception") || (r.out() + r.err()).contains("\tat "), r.out() + r.err());
    }

    @Test
    void everyCommandThatLoadsRulesShowsAllTheirErrorsWithoutAStackTrace(@TempDir Path dir) throws IOException {
        Path rules = brokenRules(dir);
        Path broken = rules.resolve("broken.drl");
        for (String[] args : List.of(
                new String[] {"recommend", FIXTURES.resolve("check/passes.json").toString(), "--rules", rules.toString()},
                new String[] {"scenarios", "check", FIXTURES.resolve("check").toString(), "--rules", rules.toString()},
                new String[] {"advice", "--rules", rules.toString()})) {
            Rig r = Rig.run(args);
            assertEquals(ExitCode.RULES_FAIL, r.code(), args[0] + ": " + r.err());
            assertEquals(List.of("rig: " + broken + ":13:20", "rig: " + broken + ":24:27"),
                    r.err().lines().map(l -> l.replaceFirst("^(rig: .*?:\\d+:\\d+): .*", "$1")).toList(), r.err());
        }
    }

    /** A scenarios folder holding only the fixture that passes: one run keeps a test fast. */
    static Path oneScenario(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("one"));
        Files.copy(FIXTURES.resolve("check/passes.json"), folder.resolve("passes.json"));
        return folder;
    }

    @Test
    void rulesCheckPassesTheShippedRules(@TempDir Path dir) throws IOException {
        Rig r = Rig.run("rules", "check", "--scenarios", oneScenario(dir).toString());
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().lines().reduce((a, b) -> b).orElse("").matches("\\d+ rules build; .* over 1 scenario\\(s\\)"),
                r.out());
    }

    @Test
    void scenariosCheckTabulatesAndFailsOnAFailure(@TempDir Path dir) throws IOException {
        Rig r = Rig.run("scenarios", "check", FIXTURES.resolve("check").toString());
        assertEquals(1, r.code(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("scenario\\s+expected\\s+got\\s+result"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("fails.json ") && l.contains("<=1 GB") && l.endsWith("FAIL")),
                r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("passes.json ") && l.endsWith("pass")), r.out());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("no-expect.json")), "no expect block, not checked");
        assertTrue(lines.contains("  memory: expected at most 1.0 GB, got "
                + lines.stream().filter(l -> l.startsWith("  memory:")).findFirst().orElse("?").replaceFirst(".*got ", "")),
                r.out());
        assertTrue(r.out().endsWith("2 scenario(s) checked, 1 passed, 1 failed\n"), r.out());

        Rig baseline = Rig.run("scenarios", "check", FIXTURES.resolve("check").toString(), "--baseline-rules", "rules");
        assertTrue(baseline.out().lines().findFirst().orElse("").endsWith("result  card vs baseline"), baseline.out());
        assertTrue(baseline.out().contains("  firings that differ from the baseline rules:\n")
                && baseline.out().endsWith("; 0 card(s) changed from the baseline rules\n"), baseline.out());

        assertEquals(ExitCode.OK, Rig.run("scenarios", "check", oneScenario(dir).toString()).code());
    }

    @Test
    void aFailureShowsWhatChangedSinceTheLastAuditEntryThatPassed(@TempDir Path dir) throws IOException {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(FIXTURES.resolve("tables/coding-assistant.json"), scenarios.resolve("coding-assistant.json"));
        Path audit = dir.resolve("audit");
        Rig recorded = Rig.run("recommend", scenarios.resolve("coding-assistant.json").toString(),
                "--audit-dir", audit.toString());
        assertEquals(ExitCode.OK, recorded.code(), recorded.err());

        Path rules = TestFolders.copy(Path.of("rules"), dir.resolve("rules"));
        TestFolders.edit(rules.resolve("tables/use-cases.csv"),
                "Coding Assistant,llm,coding,daily,qwen3.6-35b-a3b,Q4_K_M,48,48,",
                "Coding Assistant,llm,coding,daily,phi4-14b,Q4_K_M,48,48,");
        Rig r = Rig.run("scenarios", "check", scenarios.toString(), "--rules", rules.toString(),
                "--audit-dir", audit.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("  since the last audit entry that passed:\n    Replay of "), r.out());
        assertTrue(r.out().contains("    Rule and fact files changed since\n      changed: rules/tables/use-cases.csv\n"),
                r.out());
        assertTrue(r.out().contains("+ => Pick code -> phi4-14b Q4_K_M")
                && r.out().contains("- => Pick code -> qwen3.6-35b-a3b Q4_K_M"), r.out());
    }

    @Test
    void adviceListsEveryIdWithItsRulesAndScenariosAsJson(@TempDir Path dir) throws IOException {
        Path one = oneScenario(dir);
        Rig r = Rig.run("advice", "--format", "json", "--scenarios", one.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        JsonNode entries = JsonInput.mapper().readTree(r.out()).get("advice");
        assertTrue(entries.size() >= 60, "every registered ID is listed");
        JsonNode first = entries.get(0);
        assertEquals("MEM-1", first.get("id").asText());
        assertTrue(first.get("registered").asBoolean() && !first.get("summary").asText().isBlank());
        for (JsonNode e : entries) {
            assertTrue(e.get("rules").isArray() && e.get("firedIn").isArray(), e.toString());
            e.get("firedIn").forEach(f -> assertEquals("passes.json", f.asText()));
        }
        assertTrue(entries.findValues("firedIn").stream().anyMatch(f -> f.size() == 1), "some advice fired");
    }

    @Test
    void catalogAddHardwareWritesAValidatedEntryAndRefusesADuplicate(@TempDir Path dir) throws IOException {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        String shipped = Files.readString(facts.resolve("hardware.json"));
        Path user = dir.resolve("user");
        Rig r = Rig.run("catalog", "add-hardware", "--facts", facts.toString(), "--user-catalog", user.toString(), "--id", "test-3090", "--name", "Test 3090",
                "--device", "NVIDIA GeForce RTX 3090;24;dedicated;936;71;cuda+flash-attention", "--system-ram", "64",
                "--price", "2200", "--power", "350", "--cpu-arch", "x86", "--os", "windows,linux",
                "--source", "HG, a test section", "--assume", "priceUsd=assumption: a test price");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals("added test-3090 to " + user.resolve("hardware.json") + "\n", r.out());
        assertEquals(shipped, Files.readString(facts.resolve("hardware.json")), "the shipped facts stay as shipped");
        assertEquals(List.of("cuda", "flash-attention"), UserCatalog.overlay(Catalog.load(facts), user)
                .hardware("test-3090").orElseThrow().devices().get(0).features());

        String before = Files.readString(user.resolve("hardware.json"));
        Rig again = Rig.run("catalog", "add-hardware", "--facts", facts.toString(), "--user-catalog", user.toString(), "--id", "test-3090", "--name", "x",
                "--device", "x;24;dedicated;100", "--price", "1", "--os", "linux", "--source", "HG, x");
        assertEquals(ExitCode.BAD_INPUT, again.code());
        assertTrue(again.err().startsWith("rig: " + user.resolve("hardware.json") + ": $.hardware[1].id")
                && again.err().contains("duplicate id \"test-3090\""), again.err());
        assertEquals(before, Files.readString(user.resolve("hardware.json")));

        Rig typo = Rig.run("catalog", "add-hardware", "--facts", facts.toString(), "--user-catalog", user.toString(), "--id", "t2", "--name", "x",
                "--device", "x;24;dedicatd;100", "--price", "1", "--os", "linux", "--source", "HG, x");
        assertEquals(ExitCode.BAD_INPUT, typo.code());
        assertTrue(typo.err().contains("unknown memory kind \"dedicatd\"; did you mean \"dedicated\"?"), typo.err());
    }

    @Test
    void catalogAddModelAsksForWhatTheFlagsLeaveOut(@TempDir Path dir) {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        Path user = dir.resolve("user");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("test-8b\nTest 8B\nllm\ndense\n8\nHG, a test section\n"
                    .getBytes(StandardCharsets.UTF_8)));
            Rig r = Rig.run("catalog", "add-model", "--facts", facts.toString(), "--user-catalog", user.toString(), "--licence", "Apache 2.0",
                    "--footprint", "Q4_K_M;;5.5;;a test figure;HG, a test section");
            assertEquals(ExitCode.OK, r.code(), r.err());
            assertTrue(r.err().startsWith("id (kebab-case, e.g. qwen3-8b): name: modality (llm, image, video): "), r.err());
            assertEquals("added test-8b to " + user.resolve("models.json") + "\n", r.out());
            var model = UserCatalog.overlay(Catalog.load(facts), user).model("test-8b").orElseThrow();
            assertEquals(8, model.totalParamsB());
            assertEquals(5.5, model.footprints().get(0).memoryGb());

            System.setIn(new ByteArrayInputStream(new byte[0]));
            Rig missing = Rig.run("catalog", "add-model", "--facts", facts.toString(), "--user-catalog", user.toString(), "--id", "test-9b");
            assertEquals(ExitCode.BAD_INPUT, missing.code());
            assertTrue(missing.err().contains("--name: is required"), missing.err());
        } finally {
            System.setIn(stdin);
        }
    }
}
