package dev.rigadvisor.audit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.JsonInput;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What 'audit list' shows of an entry, or the problem that keeps it from being read. It is read with a streaming
 * parser, without building the entry: the file must still be one well-formed JSON object naming its own id, with
 * the scenario, its text and a card.
 */
public record EntrySummary(String id, String createdAt, String scenarioFile, String scenarioName, String chosenHardware,
                           String problem) {

    /** Reads a value inside a file (its scenario, its card's recommendation) as a tree; the file goes on after it. */
    private static final ObjectReader TREES = JsonInput.mapper().reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public boolean readable() {
        return problem == null;
    }

    /** The summary of one entry file; a BadInput if the file is not a readable entry. */
    static EntrySummary read(Path file, String id) {
        String name = file.toString();
        try (JsonParser parser = JsonInput.mapper().createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BadInput(name, "1:1", "expected a JSON object");
            }
            String entryId = null;
            String createdAt = null;
            String scenarioFile = null;
            JsonNode scenario = null;
            JsonNode recommendation = null;
            boolean scenarioText = false;
            boolean card = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> entryId = parser.getValueAsString();
                    case "createdAt" -> createdAt = parser.getValueAsString();
                    case "scenarioFile" -> scenarioFile = parser.getValueAsString();
                    case "scenarioText" -> scenarioText = value == JsonToken.VALUE_STRING;
                    case "scenario" -> scenario = TREES.readTree(parser);
                    case "card" -> {
                        card = value == JsonToken.START_OBJECT;
                        recommendation = card ? recommendation(parser) : null;
                    }
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new BadInput(name, "", JsonInput.TRAILING_CONTENT);
            }
            AuditStore.checkWhole(name, id, entryId, card && scenario != null && scenario.isObject() && scenarioText);
            return new EntrySummary(id, createdAt, scenarioFile, scenario.path("name").asText(""),
                    AuditEntry.hardwareOf(recommendation), null);
        } catch (JsonProcessingException e) {
            throw JsonInput.describe(name, e);
        } catch (IOException e) {
            throw new BadInput(name, "", "cannot read: " + e.getMessage());
        }
    }

    /** The card's recommendation, read from a parser at the card's start; the rest of the card is skipped. */
    private static JsonNode recommendation(JsonParser parser) throws IOException {
        JsonNode recommendation = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("recommendation")) {
                recommendation = TREES.readTree(parser);
            } else {
                parser.skipChildren();
            }
        }
        return recommendation;
    }
}
