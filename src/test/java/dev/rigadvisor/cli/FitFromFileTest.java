package dev.rigadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rigadvisor.catalog.GgufHeader;
import dev.rigadvisor.catalog.ModelFromFileTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FitFromFileTest {

    @Test
    void fitFromAGgufUsesItsExactWeightBytesAtItsOwnFormat(@TempDir Path dir) {
        Path file = ModelFromFileTest.llama8b(dir);
        Rig rig = Rig.run("fit", "--gguf", file.toString(), "--on", "rtx-4060-ti-16-build", "--format", "json");
        assertEquals(ExitCode.OK, rig.code(), rig.err());
        JsonNode r = rig.json();
        assertEquals("Q4_K_M", r.get("quantization").asText());
        assertEquals(GgufHeader.read(file).weightBytes() / 1e9, r.get("memory").get("weightsGb").asDouble(), 0.051,
                "the card rounds to 0.1 GB");
        assertTrue(r.toString().contains("stated: GGUF header of test-llama-8b-Q4_K_M.gguf"), r.toString());
        assertEquals("test-llama-8b", r.get("model").asText());
        assertTrue(r.get("tokensPerSecond").get("typical").asDouble() > 0);
    }

    @Test
    void aNamedAdHocModelAndMachineAreCalledByTheirNames() {
        Rig rig = Rig.run("fit", "--params", "27.4", "--name", "My merge 27B", "--memory-gb", "24", "--bandwidth-gbs",
                "936", "--machine-name", "Office 3090", "--format", "json");
        JsonNode r = rig.json();
        assertEquals("my-merge-27b", r.get("model").asText(), rig.out());
        assertFalse(rig.out().contains("ad-hoc-model"), rig.out());
        assertTrue(rig.out().contains("Office 3090"), rig.out());
    }

    @Test
    void aBrokenGgufIsOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path junk = java.nio.file.Files.writeString(dir.resolve("junk.gguf"), "GGUF");
        Rig rig = Rig.run("fit", "--gguf", junk.toString(), "--on", "rtx-4090-build");
        assertEquals(ExitCode.BAD_INPUT, rig.code());
        assertTrue(rig.err().contains("junk.gguf") && rig.err().contains("cut short"), rig.err());
        assertEquals(1, rig.err().strip().lines().count(), rig.err());
    }
}
