package dev.rigadvisor.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rigadvisor.engine.Firing;
import dev.rigadvisor.engine.RuleInfo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The record of one run: the scenario as given (its text and its parsed form), the version of the guidance,
 * every rule and fact file it used (path to the SHA-256 of a blob stored once), the rules with their phase,
 * advice and source, every firing in order, and the card it produced.
 */
public record AuditEntry(int format, String id, String createdAt, String scenarioFile, String scenarioText,
                         JsonNode scenario, String rulesVersion, String rulesDir, String factsDir,
                         Map<String, String> knowledge, List<RuleInfo> rules, List<Firing> firings, JsonNode card) {

    public static final int FORMAT = 1;

    public AuditEntry {
        knowledge = knowledge == null ? Map.of() : new TreeMap<>(knowledge);
        rules = rules == null ? List.of() : List.copyOf(rules);
        firings = firings == null ? List.of() : List.copyOf(firings);
    }

    public String scenarioName() {
        return scenario == null ? "" : scenario.path("name").asText("");
    }

    /** The id of the recommended machine, or null when no machine satisfied the scenario. */
    public String chosenHardware() {
        JsonNode id = card == null ? null : card.path("recommendation").path("hardware").get("id");
        return id == null || id.isNull() ? null : id.asText();
    }
}
