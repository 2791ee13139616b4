package dev.rigadvisor.audit;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.catalog.JsonInput;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Scenarios;
import dev.rigadvisor.engine.Consultation;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Advises on a scenario and records the run in the audit store; the card carries the audit id. */
public final class Recorder {

    private final AuditStore store;
    private final Clock clock;

    public Recorder(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Card advise(Advisor advisor, Path scenarioFile) {
        String text = JsonInput.readText(scenarioFile);
        return advise(advisor, scenarioFile, text, Scenarios.parse(scenarioFile.toString(), text, advisor.catalog()));
    }

    /** Records a scenario read from a file's text and then adjusted (e.g. by --have) before advice. */
    public Card advise(Advisor advisor, Path scenarioFile, String text, Scenario scenario) {
        String file = scenarioFile.toString();
        Consultation.Outcome outcome = advisor.consult(scenario);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String id = AuditId.next(now);
        Card card = advisor.card(scenario, file, outcome).withAudit(id, now.toString());
        store.write(new AuditEntry(AuditEntry.FORMAT, id, now.toString(), file, text, AuditStore.written(scenario),
                advisor.version(), advisor.rulesDir().toString(), advisor.factsDir().toString(),
                store.keep(advisor.rulesDir(), advisor.factsDir()), advisor.rules().rules(), outcome.firings(),
                scenario.have() == null ? null
                        : advisor.catalog().hardware(scenario.have()).map(AuditStore::written).orElse(null),
                AuditStore.written(card)));
        return card;
    }
}
