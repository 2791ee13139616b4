package dev.rigadvisor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rigadvisor.audit.AuditStore;
import dev.rigadvisor.catalog.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input written to attack the terminal, the memory or the time: names with control characters, files that never end. */
class HostileInputTest {

    /** Clears the screen, retitles the terminal, then forges a line of the card. */
    static final String ATTACK = "Evil\u001b[2J\u001b]0;owned\u0007\r\nRecommended: Fake machine\u0000\u009b";

    @TempDir
    Path dir;

    private Path scenario(String name, List<Map<String, Object>> workloads) throws IOException {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("budgetUsd", 5000);
        s.put("workloads", workloads);
        Path file = dir.resolve("scenario.json");
        new ObjectMapper().writeValue(file.toFile(), s);
        return file;
    }

    private static Map<String, Object> workload(String id) {
        return new LinkedHashMap<>(Map.of("id", id, "kind", "llm", "task", "coding"));
    }

    private static void printable(String what, String text) {
        assertFalse(text.chars().anyMatch(c -> c != '\n' && (c < 0x20 || (c >= 0x7f && c <= 0x9f))),
                what + " holds a raw control character:\n" + text);
        assertFalse(text.lines().anyMatch(l -> l.startsWith("Recommended: Fake")), what + " has a forged line:\n" + text);
    }

    @Test
    void namesWithControlCharactersAreShownEscapedInEveryTextOutput() throws IOException {
        Path file = scenario(ATTACK, List.of(workload("w\u001b[31mred"), workload("plain")));
        Path audit = dir.resolve("audit");
        Rig card = Rig.run("recommend", file.toString(), "--audit-dir", audit.toString());
        assertTrue(card.code() <= 1, card.err());
        printable("the card", card.out());
        assertTrue(card.out().contains("Evil\\x1B[2J\\x1B]0;owned\\x07\\r\\nRecommended: Fake machine\\x00\\x9B"), card.out());
        printable("explain", Rig.run("explain", file.toString()).out());
        printable("what-if", Rig.run("what-if", file.toString(), "--set", "budgetUsd=9000").out());
        String id = Rig.run("audit", "list", "--audit-dir", audit.toString()).out();
        printable("audit list", id);
        String entry = id.lines().filter(l -> l.contains("Evil")).findFirst().orElseThrow().split("\\s+")[0];
        printable("audit show", Rig.run("audit", "show", entry, "--audit-dir", audit.toString()).out());
        printable("markdown", Rig.run("recommend", file.toString(), "--no-audit", "--format", "markdown").out());
    }

    @Test
    void markdownShowsHtmlAndLinksFromInputAsText() throws IOException {
        Path file = scenario("<img src=x onerror=alert(1)> [win](http://evil.example)", List.of(workload("w")));
        String md = Rig.run("recommend", file.toString(), "--no-audit", "--format", "markdown").out();
        assertFalse(md.contains("<img"), md);
        assertFalse(md.contains("[win](http"), md);
        assertTrue(md.contains("&lt;img src=x onerror=alert(1)&gt; \\[win\\](http://evil.example)"), md);
    }

    @Test
    void anErrorWithANewlineInsideIsOneLine() throws IOException {
        Path file = scenario("ok", List.of(new LinkedHashMap<>(Map.of("id", "w", "kind", "llm", "task", "coding",
                "model", "fake\nrig: all good\u001b[2J"))));
        Rig run = Rig.run("recommend", file.toString(), "--no-audit");
        assertEquals(ExitCode.BAD_INPUT, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        printable("the error", run.err());
        assertTrue(run.err().contains("fake rig: all good\\x1B[2J"), run.err());
    }

    /**
     * The card and the audit entry of the largest scenario the limits allow (64 workloads with 200-character ids,
     * a 200-character name) stay bounded: the entry fits the size an entry is read back at.
     */
    @Test
    void theLargestScenarioWithinTheLimitsGivesABoundedCardAndEntry() throws IOException {
        List<Map<String, Object>> workloads = new ArrayList<>();
        for (int i = 0; i < Limits.WORKLOADS; i++) {
            String id = String.format("%03d", i) + "x".repeat(Limits.NAME_CHARS - 3);
            workloads.add(workload(id));
        }
        Path file = scenario("n".repeat(Limits.NAME_CHARS), workloads);
        Path audit = dir.resolve("audit");
        Rig card = Rig.run("recommend", file.toString(), "--audit-dir", audit.toString());
        assertTrue(card.code() <= 1, card.err());
        long entryBytes;
        try (Stream<Path> files = Files.list(audit)) {
            entryBytes = files.filter(f -> f.toString().endsWith(".json")).mapToLong(f -> f.toFile().length()).max()
                    .orElseThrow();
        }
        System.out.printf("largest scenario within the limits: card %,d chars, audit entry %,d bytes%n",
                card.out().length(), entryBytes);
        assertTrue(card.out().length() < 1_000_000, "card of " + card.out().length() + " chars");
        assertTrue(entryBytes < AuditStore.MAX_ENTRY_BYTES, "entry of " + entryBytes + " bytes");
        String id = Rig.run("audit", "list", "--audit-dir", audit.toString()).out().lines().findFirst().orElseThrow()
                .split("\\s+")[0];
        assertEquals(ExitCode.OK, Rig.run("audit", "show", id, "--audit-dir", audit.toString()).code(),
                "the entry reads back");
    }

    @Test
    void batchRefusesAFifoAndADeviceAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path zero = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        Rig run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> Rig.run("batch", fifo.toString(), zero.toString(), "--out", dir.resolve("cards.jsonl").toString()));
        assertTrue(run.err().contains(fifo + ": is a FIFO (named pipe); expected a regular file"), run.err());
        assertTrue(run.err().contains(zero + ": is a character device; expected a regular file"), run.err());
    }
}
