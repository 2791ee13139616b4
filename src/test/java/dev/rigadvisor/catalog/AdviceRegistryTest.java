package dev.rigadvisor.catalog;

import dev.rigadvisor.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdviceRegistryTest {

    @Test
    void theShippedRegistryHoldsEveryIdOfTheAdviceList() {
        AdviceRegistry registry = AdviceRegistry.load(Path.of("facts"));
        List<String> expected = new ArrayList<>();
        Map.of("MEM", 9, "SPD", 7, "WL", 12, "PLT", 8, "TIER", 6, "BIG", 5, "MIS", 7, "STR", 6)
                .forEach((prefix, count) -> {
                    for (int i = 1; i <= count; i++) {
                        expected.add(prefix + "-" + i);
                    }
                });
        assertEquals(expected.stream().sorted().toList(), registry.ids().stream().sorted().toList());
        assertTrue(registry.find("TIER-4").orElseThrow().summary().contains("48GB"));
    }

    @Test
    void aDuplicateIdIsReportedAtItsPlace(@TempDir Path dir) {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        TestFolders.edit(facts.resolve("advice.json"), "\"id\": \"MEM-2\"", "\"id\": \"MEM-1\"");
        BadInput e = assertThrows(BadInput.class, () -> AdviceRegistry.load(facts));
        assertEquals("$.advice[1].id", e.place());
        assertTrue(e.getMessage().contains("advice.json") && e.problem().contains("duplicate id \"MEM-1\""), e.getMessage());
    }

    @Test
    void anEmptySummaryAnUnknownDocumentAndAnUnknownFieldAreRefused(@TempDir Path dir) {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        Path file = facts.resolve("advice.json");
        TestFolders.edit(file, "\"summary\": \"Models of 120B parameters or more justify 128GB.\"", "\"summary\": \" \"");
        BadInput empty = assertThrows(BadInput.class, () -> AdviceRegistry.load(facts));
        assertTrue(empty.place().endsWith("].summary") && empty.problem().contains("missing or empty"), empty.getMessage());

        TestFolders.edit(file, "\"summary\": \" \"", "\"summary\": \"x\"");
        TestFolders.edit(file, "\"id\": \"SPD-6\",\n      \"document\": \"MF\"", "\"id\": \"SPD-6\",\n      \"document\": \"MFX\"");
        BadInput document = assertThrows(BadInput.class, () -> AdviceRegistry.load(facts));
        assertTrue(document.problem().contains("did you mean \"MF\""), document.getMessage());

        TestFolders.edit(file, "\"document\": \"MFX\"", "\"documnet\": \"MF\"");
        BadInput field = assertThrows(BadInput.class, () -> AdviceRegistry.load(facts));
        assertTrue(field.problem().contains("unknown field \"documnet\"; did you mean \"document\"?"), field.getMessage());
    }
}
