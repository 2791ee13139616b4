package dev.rigadvisor.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store under real processes: eight writing at once, and one killed in the middle of writing. */
class AuditProcessTest {

    @TempDir
    Path dir;

    @Test
    void eightProcessesWritingAtOnceLoseAndCorruptNothing() throws Exception {
        List<Process> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            writers.add(writer(5, 300));
        }
        Set<String> printed = new HashSet<>();
        for (Process p : writers) {
            printed.addAll(outputOf(p));
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "writer finished");
            assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }

        List<AuditStore.Listed> listed = new AuditStore(dir).list();
        assertEquals(40, printed.size(), "every id is unique");
        assertEquals(40, listed.size());
        for (AuditStore.Listed l : listed) {
            assertTrue(l.readable(), l.problem());
            assertEquals(300, l.entry().firings().size());
            assertTrue(printed.contains(l.id()));
        }
        assertEquals(List.of(), temps(), "no temp file is left behind");
    }

    @Test
    void aWriterKilledMidWriteLeavesOnlyWholeEntries() throws Exception {
        Process writer = writer(-1, 8_000);
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
        for (int i = 0; i < 3; i++) {
            assertTrue(out.readLine() != null, "the writer completed an entry");
        }
        // kill it while its next entry is being written, if that can be seen in time
        for (int polls = 0; polls < 2000 && temps().isEmpty(); polls++) {
            Thread.sleep(1);
        }
        writer.destroyForcibly();
        assertTrue(writer.waitFor(30, TimeUnit.SECONDS));

        AuditStore store = new AuditStore(dir);
        List<AuditStore.Listed> listed = store.list();
        assertTrue(listed.size() >= 3, "the completed entries are there: " + listed.size());
        for (AuditStore.Listed l : listed) {
            assertTrue(l.readable(), l.problem());
            assertEquals(8_000, l.entry().firings().size());
        }
        int left = temps().size();
        assertEquals(left, store.removeAbandonedTemps(), "the dead writer's temp file (if any) is removed");
        assertEquals(List.of(), temps());
        assertEquals(listed.size(), store.list().size(), "tidying removed no entry");
    }

    private Process writer(int count, int firings) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), AuditWriterMain.class.getName(), dir.toString(),
                String.valueOf(count), String.valueOf(firings)).start();
    }

    private static List<String> outputOf(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }

    private List<Path> temps() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(AtomicFile::isTemp).toList();
        }
    }
}
