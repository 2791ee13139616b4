package dev.rigadvisor.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rigadvisor.engine.Firing;
import dev.rigadvisor.engine.RuleInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The record of one run: the scenario as given (its text and its parsed form), the version of the guidance,
 * every rule and fact file it used (path to the SHA-256 of a blob stored once), the rules with their phase,
 * advice and source, every firing in order, and the card it produced.
 *
 * <p>{@code haveHardware} is the machine the scenario started from ({@code --have}) as the run's catalog described
 * it, so a run that started from a detected machine, which no catalog holds, can be replayed; null without one.
 *
 * <p>Format 2 stores the firings once, as the card's trail (one step per firing, field for field); format 1
 * entries also hold them apart, under {@code firings}, and still read.
 */
public record AuditEntry(int format, String id, String createdAt, String scenarioFile, String scenarioText,
                         JsonNode scenario, String rulesVersion, String rulesDir, String factsDir,
                         Map<String, String> knowledge, List<RuleInfo> rules,
                         @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) List<Firing> firings,
                         JsonNode haveHardware, JsonNode card) {

    public static final int FORMAT = 2;

    public AuditEntry {
        knowledge = knowledge == null ? Map.of() : new TreeMap<>(knowledge);
        rules = rules == null ? List.of() : List.copyOf(rules);
        firings = firings == null ? trail(card) : List.copyOf(firings);
        haveHardware = haveHardware == null || haveHardware.isNull() ? null : haveHardware; // JSON null reads as a node
    }

    public String scenarioName() {
        return scenario == null ? "" : scenario.path("name").asText("");
    }

    /** The id of the recommended machine, or null when no machine satisfied the scenario. */
    public String chosenHardware() {
        return card == null ? null : hardwareOf(card.path("recommendation"));
    }

    /** The id of the machine a card's recommendation names, or null when there is none. */
    static String hardwareOf(JsonNode recommendation) {
        JsonNode id = recommendation == null ? null : recommendation.path("hardware").get("id");
        return id == null || id.isNull() ? null : id.asText();
    }

    /** The firings as the card's trail records them. */
    private static List<Firing> trail(JsonNode card) {
        List<Firing> firings = new ArrayList<>();
        if (card != null) {
            for (JsonNode step : card.path("trail")) {
                firings.add(new Firing(step.path("sequence").asInt(), step.path("rule").asText(),
                        step.path("file").asText(), step.path("advice").asText(), step.path("source").asText(),
                        texts(step.path("facts")), texts(step.path("concluded")), texts(step.path("withdrew"))));
            }
        }
        return List.copyOf(firings);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return out;
    }
}
