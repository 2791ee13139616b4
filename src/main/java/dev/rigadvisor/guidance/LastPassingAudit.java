package dev.rigadvisor.guidance;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.ExpectationCheck;
import dev.rigadvisor.audit.AuditEntry;
import dev.rigadvisor.audit.AuditStore;
import dev.rigadvisor.audit.CardReading;
import dev.rigadvisor.audit.Replay;
import dev.rigadvisor.audit.Replayer;
import dev.rigadvisor.catalog.BadInput;

import java.nio.file.Path;
import java.util.Optional;

/**
 * For a scenario that now fails its expect block: the newest audit entry of the same scenario (same file name
 * and scenario name) whose recorded card met today's expectations, replayed under today's rules and facts to
 * show which firings and files differ.
 */
public final class LastPassingAudit {

    private final AuditStore store;
    private final Advisor advisor;
    private Replayer replayer;

    public LastPassingAudit(AuditStore store, Advisor advisor) {
        this.store = store;
        this.advisor = advisor;
    }

    public Optional<Replay> since(ScenarioSweep.Run run) {
        return store.list().stream().filter(AuditStore.Listed::readable).map(AuditStore.Listed::entry)
                .filter(e -> sameScenario(e, run) && passed(e, run)).findFirst().map(this::replay);
    }

    private Replay replay(AuditEntry entry) {
        if (replayer == null) {
            replayer = new Replayer(advisor, store);
        }
        return replayer.replay(entry);
    }

    private static boolean sameScenario(AuditEntry e, ScenarioSweep.Run run) {
        return Path.of(e.scenarioFile()).getFileName().equals(run.file().getFileName())
                && e.scenarioName().equals(run.scenario().name());
    }

    private static boolean passed(AuditEntry e, ScenarioSweep.Run run) {
        try {
            return ExpectationCheck.differences(CardReading.card(e), run.scenario().expect()).isEmpty();
        } catch (BadInput unreadable) {
            return false;
        }
    }
}
