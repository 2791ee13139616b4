package dev.rigadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rigadvisor.audit.AuditEntry;
import dev.rigadvisor.audit.AuditStore;
import dev.rigadvisor.audit.CardReading;
import dev.rigadvisor.audit.Explanation;
import dev.rigadvisor.catalog.BadInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit commands end to end, in process, over the shipped scenario and knowledge. */
class AuditCommandsTest {

    static final String SCENARIO = "scenarios/content-agency.json";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    static Path audit;
    static JsonNode card;
    static String cardText;


    @BeforeAll
    static void recordOneRun() throws IOException {
        audit = shared.resolve("audit");
        Rig r = Rig.run("recommend", SCENARIO, "--format", "json", "--audit-dir", audit.toString());
        assertTrue(r.code() <= ExitCode.NO_HARDWARE, r.err());
        cardText = r.out();
        card = JSON.readTree(cardText);
    }

    @Test
    void recommendRecordsTheRunAndShowTellsTheChain() throws IOException {
        String id = card.path("auditId").asText();
        assertTrue(Files.isRegularFile(audit.resolve(id + ".json")), "entry written for " + id);
        assertFalse(card.path("createdAt").isNull());

        Rig show = Rig.run("audit", "show", id, "--audit-dir", audit.toString());
        assertEquals(0, show.code(), show.err());
        JsonNode rec = card.path("recommendation");
        if (!rec.isNull()) {
            String hardware = rec.path("hardware").path("id").asText();
            assertTrue(show.out().contains("Decision: " + hardware), show.out());
            assertTrue(show.out().contains("Facts given"));
            // the rule that chose, with its advice IDs and source, is in the chain
            JsonNode chose = firingConcluding(card.path("trail"), "Choice " + hardware);
            assertTrue(show.out().contains(chose.path("rule").asText() + " [" + chose.path("advice").asText() + "; "
                    + chose.path("source").asText() + "]"), show.out());
        }

        Rig json = Rig.run("audit", "show", id, "--format", "json", "--audit-dir", audit.toString());
        JsonNode entry = JSON.readTree(json.out());
        // every firing is recorded once, as the stored card's trail
        assertEquals(card.path("trail"), entry.path("card").path("trail"), "every firing is recorded");
        assertFalse(entry.has("firings"));
        for (JsonNode f : entry.path("card").path("trail")) {
            assertTrue(f.path("facts").isArray() && f.has("rule") && f.has("advice") && f.has("source")
                    && f.has("concluded") && f.has("withdrew"), f.toString());
        }
        assertEquals(Files.readString(Path.of(SCENARIO)), entry.path("scenarioText").asText(), "the scenario as given");
        assertEquals(card.path("rulesVersion"), entry.path("rulesVersion"));
        assertTrue(entry.path("knowledge").has("rules/selection.drl"), entry.path("knowledge").toString());
        String blob = entry.path("knowledge").path("rules/selection.drl").asText();
        assertEquals(Files.readString(Path.of("rules/selection.drl")),
                Files.readString(audit.resolve("blobs").resolve(blob)), "the rule file is kept by its hash");
        assertEquals(card, entry.path("card"), "the card as shown");
    }

    @Test
    void theJsonCardIsTheSameWithOrWithoutAuditApartFromAuditIdAndTime() throws IOException {
        Path other = shared.resolve("other-audit");
        Rig unrecorded = Rig.run("recommend", SCENARIO, "--format", "json", "--no-audit", "--audit-dir", other.toString());

        assertEquals(masked(cardText), masked(unrecorded.out()));
        assertTrue(JSON.readTree(unrecorded.out()).path("auditId").isNull());
        assertFalse(Files.exists(other), "--no-audit records nothing");
    }

    @Test
    void listReportsACorruptEntryAndCarriesOn() throws IOException {
        Path dir = shared.resolve("corrupt-audit");
        Files.createDirectories(dir);
        Files.copy(audit.resolve(card.path("auditId").asText() + ".json"),
                dir.resolve(card.path("auditId").asText() + ".json"));
        Files.writeString(dir.resolve("20991231T235959.999Z-deadbeef.json"), "{\"id\": \"20991231T2");

        Rig list = Rig.run("audit", "list", "--audit-dir", dir.toString());

        assertEquals(0, list.code(), list.err());
        List<String> lines = list.out().lines().toList();
        assertEquals(2, lines.size(), list.out());
        assertTrue(lines.get(0).startsWith("20991231T235959.999Z-deadbeef") && lines.get(0).contains("unreadable"));
        assertTrue(lines.get(1).startsWith(card.path("auditId").asText()) && lines.get(1).contains(card.path("scenario")
                .path("name").asText()), lines.get(1));
    }

    @Test
    void badIdsAndUnknownHardwareAreOneLineErrors() {
        for (String id : List.of("../../etc/passwd", "/tmp/x", "nonsense")) {
            Rig r = Rig.run("audit", "show", id, "--audit-dir", audit.toString());
            assertEquals(ExitCode.BAD_INPUT, r.code(), id);
            assertEquals(1, r.err().lines().count(), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        AuditEntry entry = new AuditStore(audit).read(card.path("auditId").asText());
        BadInput unknown = assertThrows(BadInput.class,
                () -> Explanation.of(CardReading.card(entry), entry.firings(), "dgx-sprk"));
        assertTrue(unknown.getMessage().contains("did you mean \"dgx-spark\""), unknown.getMessage());
    }

    @Test
    void explainTellsWhyNotWithTheFirstBlockingReasonAndEveryOther() {
        JsonNode ruledOut = null;
        for (JsonNode a : card.path("alternatives")) {
            if (a.path("verdict").asText().equals("ruled out")) {
                ruledOut = a;
                break;
            }
        }
        assertNotNull(ruledOut, "the scenario rules at least one machine out");
        Rig r = Rig.run("explain", SCENARIO, "--hardware", ruledOut.path("hardware").path("id").asText());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("First blocking reason"), r.out());
        for (JsonNode reason : ruledOut.path("reasons")) {
            assertTrue(r.out().contains(reason.path("message").asText() + " [" + reason.path("advice").asText()),
                    "every reason with its advice: " + reason);
            assertTrue(r.out().contains("concluded by ") , r.out());
        }
        int first = r.out().indexOf(ruledOut.path("reasons").get(0).path("message").asText());
        assertTrue(first > r.out().indexOf("First blocking reason"));
    }

    @Test
    void replayNamesTheEditedRuleAndTheCardChangeItCaused() throws IOException {
        Path knowledge = shared.resolve("knowledge");
        copy(Path.of("rules"), knowledge.resolve("rules"));
        copy(Path.of("facts"), knowledge.resolve("facts"));
        Path dir = shared.resolve("replay-audit");
        String[] where = {"--rules", knowledge.resolve("rules").toString(), "--facts", knowledge.resolve("facts").toString(),
                "--audit-dir", dir.toString()};
        JsonNode recorded = JSON.readTree(Rig.run(concat(new String[] {"recommend", SCENARIO, "--format", "json"}, where)).out());
        JsonNode warning = recorded.path("warnings").get(0);
        assertNotNull(warning, "the scenario's card carries a warning");
        String rule = warning.path("rule").asText();
        JsonNode firing = firingOf(recorded.path("trail"), rule);
        Path ruleFile = Path.of(firing.path("file").asText());
        editMessage(ruleFile, rule, warning.path("message").asText());

        Rig replay = Rig.run(concat(new String[] {"audit", "replay", recorded.path("auditId").asText()}, where));

        assertEquals(0, replay.code(), replay.err());
        String out = replay.out();
        assertTrue(out.contains("changed: rules/" + ruleFile.getFileName()), out);
        assertTrue(out.contains("edited: " + rule + " (rules/" + ruleFile.getFileName() + ")"), out);
        assertTrue(out.contains(rule + " (rules/" + ruleFile.getFileName() + ") [" + firing.path("advice").asText() + "]"), out);
        assertTrue(out.contains("- warning: [" + warning.path("advice").asText() + "] " + warning.path("message").asText()), out);
        assertTrue(out.contains("+ warning: ") && out.contains("[edited]"), out);

        JsonNode all = JSON.readTree(Rig.run(concat(new String[] {"audit", "replay", "--all", "--format", "json"}, where)).out());
        assertEquals(1, all.size(), "one past card");
        assertEquals(rule, all.get(0).path("firings").get(0).path("rule").asText());
        assertEquals(rule, all.get(0).path("rules").get(0).path("rule").asText());
        assertTrue(all.get(0).path("card").size() >= 2, "the warning went and came back edited: " + all.get(0).path("card"));
    }

    /** Marks the rule's message literal that the warning shows, so the warning text changes. */
    private static void editMessage(Path file, String rule, String message) throws IOException {
        String text = Files.readString(file);
        int start = text.indexOf("rule \"" + rule + "\"");
        int end = text.indexOf("\nend", start);
        Matcher literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text.substring(start, end));
        while (literal.find()) {
            if (literal.group(1).length() >= 12 && !literal.group(1).contains("\\") && message.contains(literal.group(1))) {
                int at = start + literal.end(1);
                Files.writeString(file, text.substring(0, at) + " [edited]" + text.substring(at));
                return;
            }
        }
        throw new AssertionError("no literal of \"" + rule + "\" appears in its warning");
    }

    private static JsonNode firingOf(JsonNode trail, String rule) {
        for (JsonNode step : trail) {
            if (step.path("rule").asText().equals(rule)) {
                return step;
            }
        }
        throw new AssertionError("no firing of " + rule);
    }

    private static JsonNode firingConcluding(JsonNode trail, String prefix) {
        for (JsonNode step : trail) {
            for (JsonNode c : step.path("concluded")) {
                if (c.asText().startsWith(prefix)) {
                    return step;
                }
            }
        }
        throw new AssertionError("no firing concluded " + prefix);
    }

    private static String masked(String cardJson) {
        return cardJson.replaceAll("\"auditId\" : (null|\"[^\"]*\")", "\"auditId\" : _")
                .replaceAll("\"createdAt\" : (null|\"[^\"]*\")", "\"createdAt\" : _");
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.toList();
        }
        for (Path p : files) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
    }

    private static String[] concat(String[] a, String[] b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

}
