package dev.rigadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogAndConventionsTest {

    @Test
    void hardwareIsFilteredByMemoryAndCuda() {
        Rig rig = Rig.run("hardware", "--min-memory", "48", "--cuda", "--format", "json");
        assertEquals(ExitCode.OK, rig.code(), rig.err());
        JsonNode machines = rig.json();
        assertTrue(machines.size() > 0);
        for (JsonNode h : machines) {
            double memory = 0;
            boolean cuda = false;
            for (JsonNode d : h.get("devices")) {
                memory += d.get("memoryGb").asDouble();
                cuda |= d.get("features").toString().contains("\"cuda\"");
            }
            assertTrue(memory >= 48, h.get("id").asText());
            assertTrue(cuda, h.get("id").asText());
        }
        Rig text = Rig.run("hardware", "--min-memory", "48", "--cuda");
        assertEquals(machines.size() + 1, text.out().lines().count(), "a heading and one line per machine");
        assertFalse(text.out().contains("macbook"), text.out());
    }

    @Test
    void modelsAreFilteredByKindAndSize() {
        JsonNode models = Rig.run("models", "--kind", "llm", "--max-params", "40", "--format", "json").json();
        assertTrue(models.size() > 0);
        models.forEach(m -> {
            assertEquals("llm", m.get("modality").asText());
            assertTrue(m.get("totalParamsB").asDouble() <= 40);
        });
        assertTrue(Rig.run("models", "--kind", "image").out().contains("flux1-dev"));
        assertEquals(ExitCode.BAD_INPUT, Rig.run("models", "--kind", "audio").code());
        assertEquals(ExitCode.BAD_INPUT, Rig.run("hardware", "--os", "macoss").code());
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String command : List.of("recommend", "ask", "fit", "compare", "what-if", "interview", "detect",
                "hardware", "models", "completion")) {
            Rig rig = Rig.run(command, "--help");
            assertEquals(ExitCode.OK, rig.code(), command);
            assertTrue(rig.out().contains("Examples:"), command + " help has examples:\n" + rig.out());
        }
        assertTrue(Rig.run("--help").out().contains("Exit codes: 0 ok, 1 no hardware"));
    }

    @Test
    void versionComesFromThePom() {
        Rig rig = Rig.run("--version");
        assertEquals(ExitCode.OK, rig.code());
        assertTrue(rig.out().strip().matches("rig \\d+\\.\\d+\\.\\d+.*"), rig.out());
    }

    @Test
    void completionScriptsForBashAndZsh() {
        Rig bash = Rig.run("completion", "bash");
        assertTrue(bash.out().contains("complete -F _complete_rig") || bash.out().contains("_complete_rig"), bash.out());
        assertTrue(bash.out().contains("what-if") && bash.out().contains("--min-memory"));
        Rig zsh = Rig.run("completion", "zsh");
        assertTrue(zsh.out().contains("bashcompinit"));
        assertEquals(ExitCode.BAD_INPUT, Rig.run("completion", "fish").code());
    }

    @Test
    void detectDegradesGracefullyWithoutAGpu() {
        Rig rig = Rig.run("detect", "--format", "json");
        assertEquals(ExitCode.OK, rig.code(), rig.err());
        assertEquals("detected", rig.json().get("id").asText());
        Rig text = Rig.run("detect");
        assertTrue(text.out().contains("This machine"), text.out());
    }

    @Test
    void noColourOutsideATerminal() {
        Rig rig = Rig.run("ask", "--llm", "chat", "--budget", "2000");
        assertFalse(rig.out().contains("\u001b["), "no ANSI escapes when not on a terminal");
    }
}
