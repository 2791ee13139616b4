package dev.rigadvisor.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.JsonInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditStoreTest {

    @TempDir
    Path dir;

    @Test
    void anEntryReadsBackAsItWasWritten() {
        AuditStore store = new AuditStore(dir.resolve("audit"));
        AuditEntry entry = AuditWriterMain.entry(AuditId.next(Instant.now()), "Round trip", 5);
        store.write(entry);

        AuditEntry read = store.read(entry.id());
        assertEquals(entry, read);
        assertEquals("Round trip", read.scenarioName());
        assertEquals("rtx-5090-build", read.chosenHardware());
        assertEquals(5, read.firings().size());
        assertEquals(entry.firings().get(2).matched(), read.firings().get(2).matched());
    }

    @Test
    void firingsAreStoredOnceAsTheCardsTrail() throws IOException {
        AuditStore store = new AuditStore(dir.resolve("audit"));
        AuditEntry entry = AuditWriterMain.entry(AuditId.next(Instant.now()), "Once", 4);
        store.write(entry);

        JsonNode written = JsonInput.mapper().readTree(dir.resolve("audit/" + entry.id() + ".json").toFile());
        assertFalse(written.has("firings"));
        assertEquals(4, written.path("card").path("trail").size());
        assertEquals(entry.firings(), store.read(entry.id()).firings());
    }

    @Test
    void aFormatOneEntryWithItsFiringsApartStillReads() throws IOException {
        AuditStore store = new AuditStore(dir.resolve("audit"));
        AuditEntry entry = AuditWriterMain.entry(AuditId.next(Instant.now()), "Old", 3);
        store.write(entry);
        Path file = dir.resolve("audit/" + entry.id() + ".json");
        ObjectNode old = (ObjectNode) JsonInput.mapper().readTree(file.toFile());
        old.put("format", 1);
        old.set("firings", JsonInput.mapper().valueToTree(entry.firings()));
        ((ObjectNode) old.get("card")).remove("trail");
        Files.writeString(file, old.toString());

        AuditEntry read = store.read(entry.id());
        assertEquals(1, read.format());
        assertEquals(entry.firings(), read.firings());
    }

    @Test
    void summariesSayWhatTheWholeEntriesSay() throws IOException {
        AuditStore store = new AuditStore(dir);
        Instant t = Instant.parse("2026-11-21T10:00:00Z");
        store.write(AuditWriterMain.entry(AuditId.next(t), "First", 3));
        store.write(AuditWriterMain.entry(AuditId.next(t.plusSeconds(5)), "Second", 2));
        String wrongId = AuditId.next(t.plusSeconds(9));
        Files.writeString(dir.resolve(wrongId + ".json"), Files.readString(dir.resolve(store.ids().get(0) + ".json")));
        String incomplete = AuditId.next(t.plusSeconds(10));
        Files.writeString(dir.resolve(incomplete + ".json"), "{\"id\": \"" + incomplete + "\", \"scenarioText\": \"{}\"}");
        String trailing = AuditId.next(t.plusSeconds(11));
        Files.writeString(dir.resolve(trailing + ".json"), "{\"id\": \"" + trailing + "\"} {}");

        List<EntrySummary> summaries = store.summaries();
        List<AuditStore.Listed> listed = store.list();

        assertEquals(listed.stream().map(AuditStore.Listed::id).toList(),
                summaries.stream().map(EntrySummary::id).toList());
        for (int i = 0; i < listed.size(); i++) {
            AuditStore.Listed whole = listed.get(i);
            EntrySummary summary = summaries.get(i);
            assertEquals(whole.readable(), summary.readable(), summary.toString());
            if (whole.readable()) {
                assertEquals(whole.entry().createdAt(), summary.createdAt());
                assertEquals(whole.entry().scenarioFile(), summary.scenarioFile());
                assertEquals(whole.entry().scenarioName(), summary.scenarioName());
                assertEquals(whole.entry().chosenHardware(), summary.chosenHardware());
            }
        }
        assertTrue(summaries.get(0).problem().contains("more content after"), summaries.get(0).problem());
        assertTrue(summaries.get(1).problem().contains("not a complete audit entry"), summaries.get(1).problem());
        assertTrue(summaries.get(2).problem().contains("but the file is named for " + wrongId), summaries.get(2).problem());
        assertEquals(List.of("Second", "First"), summaries.subList(3, 5).stream().map(EntrySummary::scenarioName).toList());
    }

    @Test
    void listIsNewestFirst() {
        AuditStore store = new AuditStore(dir);
        Instant t = Instant.parse("2026-11-21T10:00:00Z");
        List<String> ids = List.of(AuditId.next(t), AuditId.next(t.plusSeconds(60)), AuditId.next(t.plusSeconds(1)));
        ids.forEach(id -> store.write(AuditWriterMain.entry(id, "s", 1)));
        assertEquals(List.of(ids.get(1), ids.get(2), ids.get(0)),
                store.list().stream().map(AuditStore.Listed::id).toList());
    }

    @Test
    void ruleAndFactFilesAreStoredOnceByContent() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("k/rules/tables"));
        Path facts = Files.createDirectories(dir.resolve("k/facts"));
        Files.writeString(rules.resolve("../a.drl"), "rule a");
        Files.writeString(rules.resolve("t.csv"), "same");
        Files.writeString(facts.resolve("f.json"), "same");
        AuditStore store = new AuditStore(dir.resolve("audit"));

        Map<String, String> first = store.keep(dir.resolve("k/rules"), facts);
        Map<String, String> second = store.keep(dir.resolve("k/rules"), facts);

        assertEquals(first, second);
        assertEquals(List.of("facts/f.json", "rules/a.drl", "rules/tables/t.csv"), List.copyOf(first.keySet()));
        assertEquals(first.get("facts/f.json"), first.get("rules/tables/t.csv"));
        assertEquals(2, blobCount(store), "identical content is one blob");
        assertEquals("rule a", new String(store.blob(first.get("rules/a.drl"))));
        assertEquals(first, AuditStore.hashes(dir.resolve("k/rules"), facts));
    }

    @Test
    void idsThatNameAPathAreRefused() {
        AuditStore store = new AuditStore(dir);
        for (String id : List.of("../secret", "/etc/passwd", "a/b", "..", "x\\y", "", "20261121T211930.123Z-1a2b3c4d.json")) {
            BadInput e = assertThrows(BadInput.class, () -> store.read(id), id);
            assertFalse(e.getMessage().contains("\n"), "one line");
        }
        assertThrows(BadInput.class, () -> store.blob("../../etc/passwd"));
    }

    @Test
    void anUnknownIdSuggestsTheNearestOne() {
        AuditStore store = new AuditStore(dir);
        String id = "20261121T211930.123Z-1a2b3c4d";
        store.write(AuditWriterMain.entry(id, "s", 1));
        BadInput e = assertThrows(BadInput.class, () -> store.read("20261121T211930.123Z-1a2b3c4e"));
        assertTrue(e.getMessage().contains("did you mean \"" + id + "\""), e.getMessage());
    }

    @Test
    void aCorruptEntryIsListedWithItsProblemAndSkipped() throws IOException {
        AuditStore store = new AuditStore(dir);
        String good = "20261121T100000.000Z-00000001";
        String bad = "20261121T110000.000Z-00000002";
        store.write(AuditWriterMain.entry(good, "fine", 2));
        Files.writeString(dir.resolve(bad + ".json"), "{\"format\": 1, \"id\": \"" + bad + "\", \"firings\": [");

        List<AuditStore.Listed> listed = store.list();

        assertEquals(2, listed.size());
        assertEquals(bad, listed.get(0).id());
        assertNull(listed.get(0).entry());
        assertTrue(listed.get(0).problem().contains(bad + ".json"), listed.get(0).problem());
        assertTrue(listed.get(1).readable());
        assertThrows(BadInput.class, () -> store.read(bad));
    }

    @Test
    void tempFilesAreIgnoredAndOnlyAbandonedOnesRemoved() throws IOException {
        AuditStore store = new AuditStore(dir);
        store.write(AuditWriterMain.entry("20261121T100000.000Z-00000001", "fine", 1));
        // pid 999999999 is above any kernel's pid_max, so its writer is certainly gone
        Path abandoned = Files.writeString(dir.resolve(".20261121T120000.000Z-0000000a.json.999999999.0badf00d.tmp"), "{\"par");
        Path live = Files.writeString(dir.resolve(".20261121T120000.000Z-0000000b.json." + ProcessHandle.current().pid()
                + ".0badf00d.tmp"), "{\"par");

        assertEquals(1, store.list().size());
        assertEquals(1, store.removeAbandonedTemps());
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(live), "a live writer's temp file is left alone");
    }

    private static long blobCount(AuditStore store) throws IOException {
        try (Stream<Path> blobs = Files.list(store.dir().resolve(AuditStore.BLOBS))) {
            return blobs.filter(p -> !AtomicFile.isTemp(p)).count();
        }
    }
}
