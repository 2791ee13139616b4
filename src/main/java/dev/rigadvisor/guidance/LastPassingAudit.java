package dev.rigadvisor.guidance;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.ExpectationCheck;
import dev.rigadvisor.audit.AuditEntry;
import dev.rigadvisor.audit.AuditStore;
import dev.rigadvisor.audit.CardReading;
import dev.rigadvisor.audit.EntrySummary;
import dev.rigadvisor.audit.Replay;
import dev.rigadvisor.audit.Replayer;
import dev.rigadvisor.catalog.BadInput;

import java.nio.file.Path;
import java.util.List;
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

    /** The entries' summaries, newest first, read once: only the same scenario's entries are then read whole. */
    private List<EntrySummary> summaries;

    public Optional<Replay> since(ScenarioSweep.Run run) {
        if (summaries == null) {
            summaries = store.summaries();
        }
        return summaries.stream().filter(s -> s.readable() && sameScenario(s, run)).map(this::entry)
                .flatMap(Optional::stream).filter(e -> passed(e, run)).findFirst().map(this::replay);
    }

    private Optional<AuditEntry> entry(EntrySummary summary) {
        try {
            return Optional.of(store.read(summary.id()));
        } catch (BadInput unreadable) {
            return Optional.empty();
        }
    }

    private Replay replay(AuditEntry entry) {
        if (replayer == null) {
            replayer = new Replayer(advisor, store);
        }
        return replayer.replay(entry);
    }

    private static boolean sameScenario(EntrySummary s, ScenarioSweep.Run run) {
        return s.scenarioFile() != null && Path.of(s.scenarioFile()).getFileName().equals(run.file().getFileName())
                && s.scenarioName().equals(run.scenario().name());
    }

    private static boolean passed(AuditEntry e, ScenarioSweep.Run run) {
        try {
            return ExpectationCheck.differences(CardReading.card(e), run.scenario().expect()).isEmpty();
        } catch (BadInput unreadable) {
            return false;
        }
    }
}
