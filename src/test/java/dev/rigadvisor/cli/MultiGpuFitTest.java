package dev.rigadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultiGpuFitTest {

    private static JsonNode fit(String machine) {
        Rig rig = Rig.run("fit", "llama3.3-70b", "--on", machine, "--quant", "Q4_K_M", "--context", "2048",
                "--format", "json");
        assertEquals(ExitCode.OK, rig.code(), rig.err());
        return rig.json();
    }

    @Test
    void aModelNoCardHoldsSplitsByLayersAcrossTwoCardsAtOneCardsPace() {
        JsonNode one = fit("rtx-3090-build");
        JsonNode two = fit("dual-rtx-3090-build");
        assertEquals("split", one.get("fit").asText(), "43 GB of weights do not fit one 24 GB card");
        assertEquals("full", two.get("fit").asText(), two.toString());
        assertEquals(48, two.get("memory").get("usableGb").asDouble(), 0.01, "the two cards' memory together");
        double perToken = two.get("tokensPerSecond").get("typical").asDouble();
        // one card's bandwidth over the whole model: 43.5 GB at 936 GB/s x the CUDA efficiency, not 2 x 936 GB/s
        assertTrue(perToken > 10 && perToken < 22, perToken + " tokens/s");
        assertTrue(perToken > 5 * one.get("tokensPerSecond").get("typical").asDouble(), "far faster than spilling to RAM");
    }

    @Test
    void moreThanTheCardsHoldSpillsToRamAndACardThatHoldsItAloneRunsIt() {
        JsonNode two = fit("dual-rtx-4060-ti-16-build");
        assertEquals("split", two.get("fit").asText(), "48 GB needed, 32 GB on the two cards: RAM takes the rest");
        JsonNode mixed = fit("pro-6000-plus-5090");
        assertEquals("full", mixed.get("fit").asText(), "fits the 96 GB card alone");
    }
}
