package dev.rigadvisor.catalog;

import dev.rigadvisor.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogFamiliesTest {

    @Test
    void theFamilyFilesLoadBesideTheOriginalFilesAndReachTheIssuesCounts() {
        Catalog catalog = Catalog.load(Path.of("facts"));
        assertTrue(catalog.hardware().size() >= 60, catalog.hardware().size() + " machines");
        assertTrue(catalog.models().size() >= 100, catalog.models().size() + " models");
        assertTrue(catalog.hardware("rtx-3090-build").isPresent() && catalog.hardware("rtx-5090-build").isPresent(),
                "a family file's machine and an original machine are both there");
        assertTrue(catalog.model("gpt-oss:20b").isPresent(), "aliases of family-file models resolve");
    }

    @Test
    void everyNewEntryNamesTheOriginOfEachValueNotInTheDocuments() {
        Catalog catalog = Catalog.load(Path.of("facts"));
        for (Hardware h : catalog.hardware()) {
            if (h.source().startsWith("Not in the documents")) {
                assertTrue(h.assumptions().containsKey("priceUsd"), h.id() + " says where its price comes from");
                assertTrue(h.assumptions().keySet().stream().anyMatch(k -> k.startsWith("devices[0].bandwidthGbs"))
                        || h.devices().get(0).memoryKind() == MemoryKind.unified, h.id() + " says where its bandwidth comes from");
            }
        }
    }

    @Test
    void aDuplicateIdAcrossFilesIsRefusedNamingTheFamilyFile(@TempDir Path dir) throws IOException {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        Path family = facts.resolve("hardware").resolve("nvidia-geforce.json");
        TestFolders.edit(family, "\"id\": \"rtx-3090-build\"", "\"id\": \"rtx-4090-build\"");
        BadInput e = assertThrows(BadInput.class, () -> Catalog.load(facts));
        assertTrue(e.file().endsWith("nvidia-geforce.json"), e.getMessage());
        assertTrue(e.problem().contains("duplicate id \"rtx-4090-build\""), e.getMessage());
    }

    @Test
    void aBadParameterInAGroupFileIsNamedInThatFile(@TempDir Path dir) {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        TestFolders.edit(facts.resolve("parameters").resolve("cpu-backend.json"), "\"value\": 0.46,", "\"value\": -1,");
        BadInput e = assertThrows(BadInput.class, () -> Catalog.load(facts));
        assertTrue(e.file().endsWith("cpu-backend.json"), e.getMessage());
        assertEquals("$.parameters[0].value", e.place());
    }

    @Test
    void didYouMeanFindsTheSameFamilyAtTheSameSize() {
        List<String> ids = Catalog.load(Path.of("facts")).modelIds().stream().toList();
        assertEquals("gemma-3-27b", NearestName.to("gemma3-27b", ids).orElseThrow());
        assertEquals("gemma-3-12b", NearestName.to("gemma3-12b", ids).orElseThrow());
        assertEquals("gpt-oss-20b", NearestName.to("gpt-oss-20B", ids).orElseThrow());
        assertEquals("llama3.1-8b", NearestName.to("llama-3.1-8b", ids).orElseThrow());
    }

    @Test
    void theReviewFindsNearDuplicateNamesAndADeviceWithTwoDescriptions(@TempDir Path dir) throws IOException {
        assertTrue(CatalogReview.of(Path.of("facts")).clean(), String.join("\n", CatalogReview.of(Path.of("facts")).findings()));
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        TestFolders.edit(facts.resolve("hardware").resolve("nvidia-geforce.json"), "\"id\": \"rtx-5080-build\"",
                "\"id\": \"rtx5070-ti-build\"");
        TestFolders.edit(facts.resolve("hardware").resolve("nvidia-geforce.json"), "\"bandwidthGbs\": 288,",
                "\"bandwidthGbs\": 290,");
        CatalogReview review = CatalogReview.of(facts);
        assertFalse(review.clean());
        assertTrue(review.findings().stream().anyMatch(f -> f.contains("rtx-5070-ti-build and rtx5070-ti-build")),
                String.join("\n", review.findings()));
        assertTrue(review.findings().stream().anyMatch(f -> f.contains("NVIDIA GeForce RTX 4060 Ti 16GB")),
                String.join("\n", review.findings()));
        assertTrue(Files.exists(facts.resolve("models").resolve("qwen.json")));
    }
}
