package dev.rigadvisor.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rigadvisor.engine.Firing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A separate process for the store's process tests: writes COUNT entries (or, with -1, until killed) of about
 * FIRINGS firings each into the audit folder, printing each id once it is written.
 * Usage: AuditWriterMain DIR COUNT FIRINGS
 */
public final class AuditWriterMain {

    private AuditWriterMain() {
    }

    public static void main(String[] args) {
        AuditStore store = new AuditStore(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        int firings = Integer.parseInt(args[2]);
        for (int i = 0; count < 0 || i < count; i++) {
            AuditEntry entry = entry(AuditId.next(Instant.now()), "writer " + ProcessHandle.current().pid() + " #" + i,
                    firings);
            store.write(entry);
            System.out.println(entry.id());
            System.out.flush();
        }
    }

    /** An entry shaped like a real one, with as many firings as asked. */
    static AuditEntry entry(String id, String scenarioName, int firingCount) {
        ObjectNode scenario = JsonNodeFactory.instance.objectNode().put("name", scenarioName).put("budgetUsd", 3000);
        ObjectNode card = JsonNodeFactory.instance.objectNode();
        card.putObject("scenario").put("name", scenarioName);
        card.putObject("recommendation").putObject("hardware").put("id", "rtx-5090-build");
        List<Firing> firings = new ArrayList<>();
        for (int i = 1; i <= firingCount; i++) {
            firings.add(new Firing(i, "rule " + (i % 7), "rules/test.drl", "MEM-" + (i % 9), "MF, section " + (i % 3),
                    List.of("Workload w" + i + " (llm/chat, daily)", "Hardware rtx-5090-build (32 GB dedicated, $3500)"),
                    List.of("Fit w" + i + " on rtx-5090-build: Q5_K_M full (30.5 GB of 32 GB)"), List.of()));
        }
        ArrayNode trail = card.putArray("trail");
        for (Firing f : firings) {
            ObjectNode step = trail.addObject().put("sequence", f.sequence()).put("rule", f.rule())
                    .put("advice", f.advice()).put("source", f.source()).put("file", f.file());
            f.matched().forEach(step.putArray("facts")::add);
            f.inserted().forEach(step.putArray("concluded")::add);
            f.retracted().forEach(step.putArray("withdrew")::add);
        }
        return new AuditEntry(AuditEntry.FORMAT, id, Instant.now().toString(), "scenarios/test.json",
                scenario.toString(), scenario, "0123456789abcdef", "rules", "facts",
                Map.of("rules/test.drl", "ab".repeat(32)), List.of(), firings, null, card);
    }
}
