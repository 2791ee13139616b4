package dev.rigadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rigadvisor.catalog.Catalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FitCommandTest {

    @Test
    void aCatalogModelOnACatalogMachineShowsItsMemorySpeedAndAdvice() {
        Rig rig = Rig.run("fit", "qwen3-14b", "--on", "rtx-5090-build", "--format", "json");
        assertEquals(ExitCode.OK, rig.code(), rig.err());
        JsonNode r = rig.json();
        assertEquals("full", r.get("fit").asText());
        JsonNode m = r.get("memory");
        double sum = m.get("weightsGb").asDouble() + m.get("kvCacheGb").asDouble() + m.get("overheadGb").asDouble();
        assertEquals(m.get("totalGb").asDouble(), sum, 0.15, "total is weights + KV cache + overhead");
        assertTrue(m.get("totalGb").asDouble() <= m.get("usableGb").asDouble());
        assertTrue(r.get("tokensPerSecond").get("low").asDouble() > 0);
        assertTrue(r.get("tokensPerSecond").get("high").asDouble() >= r.get("tokensPerSecond").get("low").asDouble());
        assertTrue(r.get("advice").toString().contains("MEM-4"), "the KV cache rule applied");
        assertFalse(r.get("quantization").asText().isEmpty());
    }

    @Test
    void anAdHocModelIsSizedByTheRulesFromItsParameters() {
        Rig rig = Rig.run("fit", "--params", "20", "--memory-gb", "80", "--bandwidth-gbs", "1000", "--quant", "Q8_0",
                "--format", "json");
        assertEquals(ExitCode.OK, rig.code(), rig.err());
        JsonNode r = rig.json();
        assertEquals("Q8_0", r.get("quantization").asText());
        double bits = Catalog.load(Path.of("facts")).quantization("Q8_0").orElseThrow().bitsPerWeight();
        assertEquals(20 * bits / 8, r.get("memory").get("weightsGb").asDouble(), 0.06);
        assertEquals("ad-hoc-model", r.get("model").asText());
    }

    @Test
    void theKvCacheGrowsWithTheContext() {
        double shorter = kv("16384");
        double longer = kv("65536");
        assertEquals(4.0, longer / shorter, 0.05);
    }

    private static double kv(String context) {
        Rig rig = Rig.run("fit", "--params", "14", "--layers", "80", "--kv-heads", "8", "--head-dim", "128",
                "--memory-gb", "96", "--bandwidth-gbs", "800", "--context", context, "--format", "json");
        return rig.json().get("memory").get("kvCacheGb").asDouble();
    }

    @Test
    void tooBigForTheGpuIsSplitWithSystemRamAndSlower() {
        Rig split = Rig.run("fit", "--params", "32.8", "--quant", "Q4_K_M", "--memory-gb", "16", "--bandwidth-gbs",
                "448", "--system-ram-gb", "64", "--format", "json");
        assertEquals("split", split.json().get("fit").asText(), split.out());
        assertTrue(split.json().get("spillGb").asDouble() > 0);
        Rig full = Rig.run("fit", "--params", "32.8", "--quant", "Q4_K_M", "--memory-gb", "48", "--bandwidth-gbs",
                "448", "--format", "json");
        assertEquals("full", full.json().get("fit").asText());
        assertTrue(split.json().get("tokensPerSecond").get("high").asDouble()
                < full.json().get("tokensPerSecond").get("high").asDouble());
    }

    @Test
    void aModelThatDoesNotFitSaysWhyAndExitsOne() {
        Rig rig = Rig.run("fit", "deepseek-r1", "--on", "rtx-4060-build");
        assertEquals(ExitCode.NO_HARDWARE, rig.code());
        assertTrue(rig.out().contains("Does not fit"), rig.out());
        assertTrue(rig.out().contains("Why not:"), rig.out());
        assertTrue(rig.out().contains("weights"), "the memory breakdown is shown even when it does not fit");
    }

    @Test
    void badQuestionsAreOneLineErrors() {
        assertBad(Rig.run("fit", "qwen3-32", "--on", "rtx-5090-build"), "did you mean");
        assertBad(Rig.run("fit", "qwen3-32b", "--on", "rtx-5090-bild"), "did you mean \"rtx-5090-build\"");
        assertBad(Rig.run("fit", "qwen3-32b", "--params", "30", "--on", "rtx-5090-build"), "not both");
        assertBad(Rig.run("fit", "--params", "30", "--layers", "40", "--on", "rtx-5090-build"), "give all three");
        assertBad(Rig.run("fit", "--params", "-3", "--on", "rtx-5090-build"), "must be above 0");
        assertBad(Rig.run("fit", "qwen3-32b"), "name a machine");
        assertBad(Rig.run("fit", "qwen3-32b", "--on", "rtx-5090-build", "--format", "html"), "fit shows text or json");
    }

    private static void assertBad(Rig rig, String says) {
        assertEquals(ExitCode.BAD_INPUT, rig.code(), rig.out());
        assertTrue(rig.err().contains(says), rig.err());
        assertEquals(1, rig.err().strip().lines().count(), rig.err());
    }

    @Test
    void withoutQuantTheTaskTargetFormatRunsAndHigherFormatsAreOptionsWithTheirSpeedCost() {
        Rig rig = Rig.run("fit", "qwen3-14b", "--on", "rtx-5090-build", "--task", "coding");
        assertEquals(ExitCode.OK, rig.code(), rig.err());
        assertTrue(rig.out().contains("Fits fully in GPU memory (NVIDIA GeForce RTX 5090) at Q4_K_M"), rig.out());
        assertTrue(rig.out().matches("(?s).*Q8_0 also fits \\([0-9.]+ GB\\): [0-9]+% slower.*"), rig.out());
        assertTrue(rig.out().contains("Time to first token:"), rig.out());
    }

    @Test
    void tokensPerSecondFallAsTheContextGrows() {
        double shorter = typical(Rig.run("fit", "qwen3-32b", "--on", "rtx-pro-6000-build", "--quant", "Q4_K_M",
                "--context", "8192", "--format", "json"));
        double longer = typical(Rig.run("fit", "qwen3-32b", "--on", "rtx-pro-6000-build", "--quant", "Q4_K_M",
                "--context", "131072", "--format", "json"));
        assertTrue(longer < shorter * 0.8, "8K: " + shorter + " tok/s, 128K: " + longer);
    }

    private static double typical(Rig rig) {
        return rig.json().get("tokensPerSecond").get("typical").asDouble();
    }

    @Test
    void aDocumentFigureThePhysicsRulesOutIsShownBesideTheArithmeticAndDoesNotFit() {
        Rig rig = Rig.run("fit", "qwen3-235b-a22b", "--on", "mac-studio-m4-max-128");
        assertEquals(ExitCode.NO_HARDWARE, rig.code(), rig.out());
        assertTrue(rig.out().contains("MF states ~70GB for Qwen3-235B-A22B at Q4_K_M; 235B x 4.85 bits = 142 GB: the "
                + "document's figure cannot hold for the full model"), rig.out());
    }

    @Test
    void aMacGetsMacOsDefaultGpuLimitAndImageTimeIsScaledFromMfsMeasurement() {
        JsonNode mac = Rig.run("fit", "qwen3-14b", "--on", "mac-mini-m4-pro-48", "--format", "json").json();
        assertEquals(36.0, mac.get("memory").get("usableGb").asDouble(), 1e-9, "75% of 48 GB");
        JsonNode image = Rig.run("fit", "flux1-schnell", "--on", "rtx-4090-build", "--format", "json").json();
        assertTrue(image.get("generationTime").get("basis").asText().contains("Z Image Turbo 2.6 s on an RTX 4090"),
                image.toString());
        assertTrue(image.get("generationTime").get("seconds").asDouble() > 0);
    }

    @Test
    void anAdHocMachineNamesItsBackendAndComputeForSpeedAndTimeToFirstToken() {
        JsonNode metal = Rig.run("fit", "--params", "8", "--quant", "Q4_K_M", "--memory-gb", "64", "--unified",
                "--bandwidth-gbs", "400", "--backend", "metal", "--tflops", "14", "--format", "json").json();
        JsonNode cuda = Rig.run("fit", "--params", "8", "--quant", "Q4_K_M", "--memory-gb", "64", "--unified",
                "--bandwidth-gbs", "400", "--backend", "cuda", "--tflops", "14", "--format", "json").json();
        assertTrue(metal.get("tokensPerSecond").get("basis").asText().contains("(metal)"), metal.toString());
        assertEquals(48.0, metal.get("memory").get("usableGb").asDouble(), 1e-9, "a Mac: macOS's 75% GPU limit");
        assertTrue(cuda.get("memory").get("usableGb").asDouble() > 48.0, "a GB10-class machine keeps the OS reserve rule");
        assertTrue(metal.get("firstToken").get("seconds").asDouble() > 0, metal.toString());
    }
}
