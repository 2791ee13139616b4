package dev.rigadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AskCommandTest {

    @TempDir
    Path dir;

    @Test
    void flagsBecomeTheScenarioOnTheCard() {
        Rig rig = Rig.run("ask", "--llm", "coding", "--image", "generate:hero", "--video", "generate:720p",
                "--budget", "3500", "--os", "linux", "--context", "32768", "--format", "json");
        assertTrue(rig.code() == ExitCode.OK || rig.code() == ExitCode.NO_HARDWARE, rig.err());
        JsonNode scenario = rig.json().get("scenario");
        assertEquals(3500, scenario.get("budgetUsd").asDouble());
        assertEquals("linux", scenario.get("os").asText());
        assertEquals(List.of("llm-coding (llm/coding, daily)", "image-generate (image/generate, hero)",
                "video-generate (video/generate, daily, 720p)"), texts(scenario.get("workloads")));
        JsonNode rec = rig.json().get("recommendation");
        if (!rec.isNull()) {
            assertTrue(rec.get("hardware").get("priceUsd").asDouble() <= 3500);
            assertTrue(rec.get("hardware").get("os").toString().contains("linux"));
        }
    }

    @Test
    void savedScenarioReadsBackAndIsNeverOverwrittenUnasked() throws Exception {
        Path file = dir.resolve("coder.json");
        Rig first = Rig.run("ask", "--llm", "coding:hero", "--parallel", "4", "--budget", "2500", "--cuda",
                "--save", file.toString());
        assertTrue(first.err().contains("saved the scenario to " + file), first.err());
        Scenario saved = Scenarios.load(file, Catalog.load(Path.of("facts")));
        assertEquals(2500, saved.budgetUsd());
        assertTrue(saved.platform().cudaRequired());
        assertEquals("llm-coding", saved.workloads().get(0).id());
        assertEquals(4, saved.workloads().get(0).parallel());

        byte[] before = Files.readAllBytes(file);
        Rig again = Rig.run("ask", "--llm", "chat", "--budget", "900", "--save", file.toString());
        assertEquals(ExitCode.BAD_INPUT, again.code());
        assertTrue(again.err().contains("already exists; use --force"), again.err());
        assertEquals(new String(before), Files.readString(file));

        Rig forced = Rig.run("ask", "--llm", "chat", "--budget", "900", "--save", file.toString(), "--force");
        assertTrue(forced.code() != ExitCode.BAD_INPUT, forced.err());
        assertEquals(900, Scenarios.load(file, Catalog.load(Path.of("facts"))).budgetUsd());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void mistypedFlagsAreOneLineWithAHint() {
        Rig task = Rig.run("ask", "--llm", "codng", "--budget", "2000");
        assertEquals(ExitCode.BAD_INPUT, task.code());
        assertEquals("rig: --llm: unknown llm task \"codng\"; did you mean \"coding\"?", task.err().strip());

        Rig quality = Rig.run("ask", "--image", "generate:herp");
        assertEquals(ExitCode.BAD_INPUT, quality.code());
        assertTrue(quality.err().contains("did you mean \"hero\""), quality.err());

        Rig none = Rig.run("ask", "--budget", "2000");
        assertEquals(ExitCode.BAD_INPUT, none.code());
        assertTrue(none.err().contains("describe at least one workload"), none.err());

        Rig os = Rig.run("ask", "--llm", "chat", "--os", "macoss");
        assertEquals(ExitCode.BAD_INPUT, os.code());
        assertTrue(os.err().contains("did you mean \"macos\""), os.err());

        Rig have = Rig.run("ask", "--llm", "chat", "--have", "rtx-4090-bild");
        assertEquals(ExitCode.BAD_INPUT, have.code());
        assertTrue(have.err().contains("did you mean \"rtx-4090-build\""), have.err());
    }

    @Test
    void aMachineYouHaveReachesTheCard() {
        Rig rig = Rig.run("ask", "--llm", "chat", "--budget", "3000", "--have", "rtx-4090-build", "--format", "json");
        JsonNode have = rig.json().get("scenario").get("have");
        assertEquals("rtx-4090-build", have.get("id").asText());
        assertEquals(24, have.get("memoryGb").asDouble());

        Rig text = Rig.run("ask", "--llm", "chat", "--budget", "3000", "--have", "rtx-4090-build");
        assertTrue(text.out().contains("You have: RTX 4090 build (rtx-4090-build)"), text.out());
    }

    @Test
    void detectedMachineJoinsTheCatalogAsTheStartingPoint() {
        Rig rig = Rig.run("ask", "--llm", "chat", "--budget", "3000", "--have", "detect", "--format", "json");
        assertTrue(rig.code() == ExitCode.OK || rig.code() == ExitCode.NO_HARDWARE, rig.err());
        assertEquals("detected", rig.json().get("scenario").get("have").get("id").asText());
    }

    @Test
    void aModelCanBePinnedOnTheWorkloadOfItsKind() {
        Rig rig = Rig.run("ask", "--llm", "coding", "--image", "generate", "--model", "flux1-dev", "--budget", "5000",
                "--format", "json");
        JsonNode rec = rig.json().get("recommendation");
        if (!rec.isNull()) {
            for (JsonNode plan : rec.get("models")) {
                if (plan.get("workload").asText().equals("image-generate")) {
                    assertEquals("flux1-dev", plan.get("model").asText());
                }
            }
        }
        Rig wrong = Rig.run("ask", "--llm", "coding", "--model", "flux1-dev", "--budget", "5000");
        assertEquals(ExitCode.BAD_INPUT, wrong.code());
        assertTrue(wrong.err().contains("is a image model, and no image workload"), wrong.err());
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
