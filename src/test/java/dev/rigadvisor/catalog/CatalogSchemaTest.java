package dev.rigadvisor.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rigadvisor.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published catalog schemas name exactly the fields the records read, and they are applied at load time. */
class CatalogSchemaTest {

    private static JsonNode schema(String kind) throws Exception {
        try (InputStream in = CatalogSchemaTest.class.getResourceAsStream("/" + kind + ".schema.json")) {
            return JsonInput.mapper().readTree(in);
        }
    }

    @Test
    void schemasAndRecordsNameTheSameFields() throws Exception {
        JsonNode hw = schema("hardware").at("/properties/hardware/items");
        assertEquals(ScenarioSchemaTest.fields(Hardware.class), ScenarioSchemaTest.names(hw.get("properties")));
        assertEquals(ScenarioSchemaTest.fields(Device.class), ScenarioSchemaTest.names(hw.at("/properties/devices/items/properties")));
        JsonNode md = schema("models").at("/properties/models/items");
        assertEquals(ScenarioSchemaTest.fields(Model.class), ScenarioSchemaTest.names(md.get("properties")));
        assertEquals(ScenarioSchemaTest.fields(Footprint.class), ScenarioSchemaTest.names(md.at("/properties/footprints/items/properties")));
        assertEquals(ScenarioSchemaTest.fields(Attention.class), ScenarioSchemaTest.names(md.at("/properties/attention/properties")));
        assertEquals(ScenarioSchemaTest.fields(Parameter.class), ScenarioSchemaTest.names(schema("parameters").at("/properties/parameters/items/properties")));
    }

    @Test
    void aValueOnlyTheSchemaForbidsIsRefusedAtLoadTimeAtItsPlace(@TempDir Path dir) {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        TestFolders.edit(facts.resolve("hardware").resolve("nvidia-geforce.json"), "\"id\": \"rtx-3060-12-build\"",
                "\"id\": \"RTX 3060\"");
        BadInput e = assertThrows(BadInput.class, () -> Catalog.load(facts));
        assertTrue(e.file().endsWith("nvidia-geforce.json"), e.getMessage());
        assertEquals("$.hardware[0].id", e.place(), e.getMessage());
        assertTrue(e.problem().contains("pattern") && e.problem().contains("hardware.schema.json"), e.getMessage());
    }
}
