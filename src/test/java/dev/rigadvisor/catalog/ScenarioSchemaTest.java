package dev.rigadvisor.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The published JSON Schema names exactly the fields the scenario records read. */
class ScenarioSchemaTest {

    @Test
    void schemaAndRecordsNameTheSameFields() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/scenario.schema.json")) {
            schema = JsonInput.mapper().readTree(in);
        }
        assertEquals(fields(Scenario.class), names(schema.get("properties")));
        assertEquals(fields(Platform.class), names(schema.at("/properties/platform/properties")));
        assertEquals(fields(Workload.class), names(schema.at("/properties/workloads/items/properties")));
        assertEquals(fields(Expectation.class), names(schema.at("/properties/expect/properties")));
    }

    static Set<String> fields(Class<? extends Record> type) {
        return new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    static Set<String> names(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
