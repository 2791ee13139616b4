package dev.rigadvisor.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rigadvisor.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogAdditionTest {

    static Hardware machine(String id, double memoryGb, String source) {
        return new Hardware(id, "Test build " + id, null,
                List.of(new Device("Test GPU", memoryGb, MemoryKind.dedicated, 900, 80.0, List.of("cuda"))),
                64.0, 2200, 350.0, "x86", List.of("linux"), false, source,
                Map.of("priceUsd", "assumption: test price", "devices[0].computeTflops", "assumption: test"));
    }

    @Test
    void theWriterReproducesEveryEntryOfTheShippedCatalogs() throws IOException {
        for (String name : List.of("hardware.json", "models.json")) {
            Path file = Path.of("facts", name);
            String text = Files.readString(file);
            JsonNode list = JsonInput.mapper().readTree(text).elements().next();
            for (JsonNode entry : list) {
                String written = EntryJson.like(text).write(entry, 4);
                assertTrue(text.contains(written), name + ": " + entry.get("id") + " is not written as the file has it:\n"
                        + written);
            }
        }
    }

    @Test
    void listsOfPlainValuesFollowTheFile() {
        JsonNode entry = JsonInput.mapper().createObjectNode().set("os",
                JsonInput.mapper().createArrayNode().add("linux").add("macos"));
        assertEquals("{\n  \"os\": [\"linux\", \"macos\"]\n}", EntryJson.like("{\"a\": [1]}").write(entry, 0));
        assertEquals("{\n  \"os\": [\n    \"linux\",\n    \"macos\"\n  ]\n}",
                EntryJson.like("{\"a\": [\n 1\n]}").write(entry, 0));
    }

    @Test
    void anAddedMachineIsAppendedAndEveryOtherByteIsKept(@TempDir Path dir) throws IOException {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        String before = Files.readString(facts.resolve("hardware.json"));
        CatalogAddition.add(facts, machine("test-24", 24, "HG, a test section"));

        String after = Files.readString(facts.resolve("hardware.json"));
        int end = before.lastIndexOf('}', before.lastIndexOf(']'));
        assertEquals(before.substring(0, end + 1), after.substring(0, end + 1), "the existing entries are unchanged");
        assertTrue(after.contains("\n      \"assumptions\": {\n        \"devices[0].computeTflops\": \"assumption: test\",\n"
                + "        \"priceUsd\": \"assumption: test price\"\n      }\n    }\n  ]\n}"), after.substring(end));
        Catalog reloaded = Catalog.load(facts);
        assertEquals(machine("test-24", 24, "HG, a test section"), reloaded.hardware("test-24").orElseThrow());
        try (var files = Files.list(facts)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void anAddedModelReadsBack(@TempDir Path dir) {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        Model model = new Model("test-8b", "Test 8B", List.of("test eight"), Model.Modality.llm, Model.Architecture.dense,
                8, null, 36, 8, 128, 32768, List.of(), "Apache 2.0", true,
                List.of(new Footprint("Q4_K_M", null, 5.5, null, "a test figure", "HG, a test section")),
                "HG, a test section", Map.of());
        CatalogAddition.add(facts, model);
        assertEquals(model, Catalog.load(facts).model("test eight").orElseThrow());
    }

    @Test
    void aDuplicateIdIsRefusedAndTheFileIsUntouched(@TempDir Path dir) throws IOException {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        String existing = Catalog.load(facts).hardware().get(0).id();
        String before = Files.readString(facts.resolve("hardware.json"));
        BadInput e = assertThrows(BadInput.class, () -> CatalogAddition.add(facts, machine(existing, 24, "HG, x")));
        assertTrue(e.getMessage().contains("hardware.json") && e.place().endsWith(".id")
                && e.problem().contains("duplicate id \"" + existing + "\""), e.getMessage());
        assertEquals(before, Files.readString(facts.resolve("hardware.json")));
    }

    @Test
    void anImpossibleNumberOrAMissingSourceIsRefusedNamingFileEntryAndField(@TempDir Path dir) throws IOException {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        String before = Files.readString(facts.resolve("hardware.json"));
        int next = Catalog.load(facts).hardware().size();

        BadInput number = assertThrows(BadInput.class, () -> CatalogAddition.add(facts, machine("test-neg", -8, "HG, x")));
        assertEquals("$.hardware[" + next + "].devices[0].memoryGb", number.place());
        assertTrue(number.problem().contains("must be above 0") && number.problem().contains("(entry \"test-neg\")"),
                number.getMessage());

        Hardware unsourced = new Hardware("test-nosource", "No source", null,
                List.of(new Device("GPU", 24, MemoryKind.dedicated, 900, null, List.of())), null, 1000, null, null,
                List.of("linux"), false, null, Map.of());
        BadInput source = assertThrows(BadInput.class, () -> CatalogAddition.add(facts, unsourced));
        assertEquals("$.hardware[" + next + "].source", source.place());
        assertTrue(source.getMessage().startsWith(facts.resolve("hardware.json").toString()), source.getMessage());
        assertEquals(before, Files.readString(facts.resolve("hardware.json")));
    }

    @Test
    void anUnknownFieldInACatalogIsNamedWithItsPlace(@TempDir Path dir) {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        String id = Catalog.load(Path.of("facts")).hardware().get(0).id();
        TestFolders.edit(facts.resolve("hardware.json"), "\"id\": \"" + id + "\",", "\"id\": \"" + id + "\", \"prise\": 1,");
        BadInput e = assertThrows(BadInput.class, () -> Catalog.load(facts));
        assertTrue(e.place().endsWith("$.hardware[0].prise") && e.problem().contains("unknown field \"prise\""),
                e.getMessage());
    }

    @Test
    void aDuplicateIdInACatalogFileIsNamed(@TempDir Path dir) {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        List<Model> models = Catalog.load(Path.of("facts")).models();
        TestFolders.edit(facts.resolve("models.json"), "\"id\": \"" + models.get(1).id() + "\"",
                "\"id\": \"" + models.get(0).id() + "\"");
        BadInput e = assertThrows(BadInput.class, () -> Catalog.load(facts));
        assertEquals("$.models[1].id", e.place());
        assertTrue(e.problem().startsWith("duplicate id \"" + models.get(0).id() + "\""), e.getMessage());
    }
}
