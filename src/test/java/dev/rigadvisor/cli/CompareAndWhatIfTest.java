package dev.rigadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareAndWhatIfTest {

    static final String WRITER = "src/test/resources/cli/writer.json";

    @Test
    void compareShowsEachWorkloadOnEachMachineAndOneVerdictEach() {
        Rig rig = Rig.run("compare", "rtx-5090-build", "mac-studio-m4-max-128", "rtx-4060-build", "--scenario", WRITER,
                "--format", "json");
        JsonNode c = rig.json();
        assertEquals(3, c.get("machines").size());
        int chosen = 0;
        for (JsonNode m : c.get("machines")) {
            assertEquals(2, m.get("workloads").size());
            String verdict = m.get("verdict").asText();
            assertTrue(verdict.equals("chosen") || verdict.equals("lost") || verdict.equals("ruled out"), verdict);
            chosen += verdict.equals("chosen") ? 1 : 0;
            if (!verdict.equals("chosen")) {
                assertTrue(m.get("reasons").size() > 0, "a machine that lost says why");
            }
        }
        assertEquals(c.get("chosen").isNull() ? 0 : 1, chosen);
        assertEquals(c.get("chosen").isNull() ? ExitCode.NO_HARDWARE : ExitCode.OK, rig.code());
        JsonNode small = c.get("machines").get(2);
        assertEquals("rtx-4060-build", small.get("hardware").get("id").asText());
        assertEquals("lost", small.get("verdict").asText(),
                "8 GB runs the writing model only split with system RAM, and Flux at 4-bit: weighed, not ruled out");
        assertTrue(small.get("reasons").toString().contains("points lower")
                || small.get("reasons").toString().contains("scores"), small.get("reasons").toString());
    }

    @Test
    void compareTakesAskFlagsAndChecksIds() {
        Rig rig = Rig.run("compare", "rtx-4090-build", "mac-mini-m4-pro-48", "--llm", "coding");
        assertTrue(rig.out().contains("rtx-4090-build") && rig.out().contains("mac-mini-m4-pro-48"), rig.out());
        assertTrue(rig.out().contains("llm-coding"), rig.out());

        Rig typo = Rig.run("compare", "rtx-4090-build", "dgx-sprak", "--llm", "coding");
        assertEquals(ExitCode.BAD_INPUT, typo.code());
        assertTrue(typo.err().contains("did you mean \"dgx-spark\""), typo.err());

        Rig one = Rig.run("compare", "rtx-4090-build", "--llm", "coding");
        assertEquals(ExitCode.BAD_INPUT, one.code());
    }

    @Test
    void whatIfShowsBeforeAfterAndWhatChangedWithoutTouchingTheFile() throws Exception {
        byte[] before = Files.readAllBytes(Path.of(WRITER));
        Rig rig = Rig.run("what-if", WRITER, "--set", "budgetUsd=10000", "--add-workload", "video:generate:720p",
                "--format", "json");
        JsonNode w = rig.json();
        assertEquals(4000, w.get("before").get("scenario").get("budgetUsd").asDouble());
        assertEquals(10000, w.get("after").get("scenario").get("budgetUsd").asDouble());
        assertEquals(3, w.get("after").get("scenario").get("workloads").size());
        assertTrue(w.get("changes").toString().contains("budget: $4000 -> $10000"), w.get("changes").toString());
        assertTrue(w.get("changes").toString().contains("video-generate"), w.get("changes").toString());
        assertEquals(new String(before), Files.readString(Path.of(WRITER)));

        Rig text = Rig.run("what-if", WRITER, "--set", "workloads.drafts.contextTokens=65536");
        assertTrue(text.out().startsWith("=== What changed ===") && !text.out().contains("=== Before ==="), text.out());
        Rig cards = Rig.run("what-if", WRITER, "--set", "workloads.drafts.contextTokens=65536", "--cards");
        assertTrue(cards.out().startsWith("=== What changed ===") && cards.out().contains("=== Before ===")
                && cards.out().contains("=== After ==="), cards.out());
    }

    @Test
    void whatIfNamesTheBadChange() {
        Rig field = Rig.run("what-if", WRITER, "--set", "budget=10");
        assertEquals(ExitCode.BAD_INPUT, field.code());
        assertTrue(field.err().contains("did you mean \"budgetUsd\"") || field.err().contains("budgetUsd"), field.err());

        Rig workload = Rig.run("what-if", WRITER, "--set", "workloads.draft.contextTokens=5");
        assertTrue(workload.err().contains("did you mean \"drafts\""), workload.err());

        Rig value = Rig.run("what-if", WRITER, "--set", "budgetUsd=lots");
        assertEquals(ExitCode.BAD_INPUT, value.code());
        assertTrue(value.err().contains("$.budgetUsd"), value.err());

        Rig nothing = Rig.run("what-if", WRITER);
        assertEquals(ExitCode.BAD_INPUT, nothing.code());
    }
}
