package dev.rigadvisor.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.catalog.AdHoc;
import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.JsonInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replaying a run that started from a machine the person has (--have) starts from that machine again. */
class ReplayerTest {

    static final Path SCENARIO = Path.of("scenarios/content-agency.json");
    static Advisor advisor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        advisor = Advisor.load(Path.of("rules"), Path.of("facts"));
    }

    private AuditEntry record(Advisor used, String have) throws IOException {
        AuditStore store = new AuditStore(dir);
        Recorder recorder = new Recorder(store, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        String text = Files.readString(SCENARIO);
        String id = recorder.advise(used, SCENARIO, text, used.scenario(SCENARIO).withHave(have)).auditId();
        return store.read(id);
    }

    @Test
    void aCatalogMachineIsStartedFromAgain() throws IOException {
        AuditEntry entry = record(advisor, "rtx-4090-build");

        Replay replay = new Replayer(advisor, new AuditStore(dir)).replay(entry);

        assertNull(replay.problem());
        assertFalse(replay.changed(), "nothing changed, so nothing differs: " + replay);
    }

    @Test
    void aMachineInNoCatalogIsStartedFromAsRecorded() throws IOException {
        Hardware mine = AdHoc.machine(24, 1000, false, 64.0, true);
        AuditEntry entry = record(advisor.with(advisor.catalog().withHardware(mine)), mine.id());
        assertEquals(mine.id(), entry.haveHardware().path("id").asText());

        Replay replay = new Replayer(advisor, new AuditStore(dir)).replay(entry);

        assertNull(replay.problem());
        assertFalse(replay.changed(), "nothing changed, so nothing differs: " + replay);
    }

    @Test
    void anEntryWithoutTheMachineSaysSo() throws IOException {
        Hardware mine = AdHoc.machine(24, 1000, false, 64.0, true);
        AuditEntry entry = record(advisor.with(advisor.catalog().withHardware(mine)), mine.id());
        Path file = dir.resolve(entry.id() + ".json");
        ObjectNode json = (ObjectNode) JsonInput.mapper().readTree(file.toFile());
        json.remove("haveHardware");
        Files.writeString(file, json.toString());

        Replay replay = new Replayer(advisor, new AuditStore(dir)).replay(new AuditStore(dir).read(entry.id()));

        assertTrue(replay.problem().contains(mine.id() + ", is not in today's catalog"), replay.problem());
    }
}
