package dev.rigadvisor.audit;

import dev.rigadvisor.catalog.InputFile;
import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.advice.ModelPlan;
import dev.rigadvisor.advice.Notice;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.JsonInput;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Scenarios;
import dev.rigadvisor.engine.Consultation;
import dev.rigadvisor.engine.Firing;
import dev.rigadvisor.audit.Replay.CardChange;
import dev.rigadvisor.audit.Replay.FileChange;
import dev.rigadvisor.audit.Replay.RuleChange;
import dev.rigadvisor.audit.Replay.RuleEdit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Re-runs recorded scenarios under today's rules and facts and says what changed. */
public final class Replayer {

    private final Advisor advisor;
    private final AuditStore store;
    private final Map<String, String> today;

    /** Replays under the advisor's rules and facts; the store holds the rule files the runs used. */
    public Replayer(Advisor advisor, AuditStore store) {
        this.advisor = advisor;
        this.store = store;
        this.today = AuditStore.hashes(advisor.rulesDir(), advisor.factsDir());
    }

    public Replay replay(AuditEntry entry) {
        Card before = CardReading.card(entry);
        List<FileChange> files = fileChanges(entry.knowledge());
        List<RuleEdit> edits = ruleEdits(entry.knowledge(), files);
        Advisor advisor = this.advisor;
        Scenario scenario;
        try {
            scenario = Scenarios.parse(entry.scenarioFile(), entry.scenarioText(), advisor.catalog());
            String have = entry.scenario().path("have").textValue();
            if (have != null) {
                // the run started from a machine given with --have: today's entry for it, or the one recorded
                // (a detected machine is in no catalog)
                if (advisor.catalog().hardware(have).isEmpty()) {
                    advisor = advisor.with(advisor.catalog().withHardware(recordedHave(entry, have)));
                }
                scenario = scenario.withHave(have);
            }
        } catch (BadInput e) {
            return new Replay(entry.id(), entry.scenarioName(), entry.createdAt(), hardware(before), null,
                    "the scenario is no longer valid under today's facts: " + e.getMessage(), List.of(), List.of(), files,
                    edits);
        }
        Consultation.Outcome outcome = advisor.consult(scenario);
        Card after = advisor.card(scenario, entry.scenarioFile(), outcome);
        return new Replay(entry.id(), entry.scenarioName(), entry.createdAt(), hardware(before), hardware(after), null,
                cardChanges(before, after), ruleChanges(entry, outcome.firings()), files, edits);
    }

    /** The machine a run started from, as recorded; a BadInput if the entry does not hold it. */
    private static Hardware recordedHave(AuditEntry entry, String have) {
        if (entry.haveHardware() == null) {
            throw new BadInput(entry.id(), "$.scenario.have", "the machine it started from, " + have
                    + ", is not in today's catalog and the entry does not hold it");
        }
        return JsonInput.parse(entry.id() + " $.haveHardware", entry.haveHardware().toString(), Hardware.class);
    }

    /** Within each changed DRL file, the rules whose text differs; the recorded text comes from its blob. */
    private List<RuleEdit> ruleEdits(Map<String, String> recorded, List<FileChange> files) {
        List<RuleEdit> out = new ArrayList<>();
        for (FileChange f : files) {
            if (!f.path().startsWith("rules/") || !f.path().endsWith(".drl")) {
                continue;
            }
            String before;
            try {
                before = recorded.containsKey(f.path()) ? text(store.blob(recorded.get(f.path()))) : null;
            } catch (BadInput missing) {
                continue; // the blob was removed from the audit folder: the file change is all that can be said
            }
            Path now = advisor.rulesDir().resolve(f.path().substring("rules/".length()));
            String after = today.containsKey(f.path()) ? text(readBytes(now)) : null;
            out.addAll(RuleEdits.between(f.path(), before, after));
        }
        return out;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Path file) {
        return InputFile.bytes(file);
    }

    private List<FileChange> fileChanges(Map<String, String> recorded) {
        List<FileChange> out = new ArrayList<>();
        Set<String> paths = new TreeSet<>(recorded.keySet());
        paths.addAll(today.keySet());
        for (String path : paths) {
            String was = recorded.get(path);
            String is = today.get(path);
            if (was == null) {
                out.add(new FileChange(path, "added"));
            } else if (is == null) {
                out.add(new FileChange(path, "removed"));
            } else if (!was.equals(is)) {
                out.add(new FileChange(path, "changed"));
            }
        }
        return out;
    }

    private static String hardware(Card card) {
        return card.recommendation() == null ? "none" : card.recommendation().hardware().id();
    }

    private static List<CardChange> cardChanges(Card before, Card after) {
        List<CardChange> out = new ArrayList<>();
        if (!hardware(before).equals(hardware(after))) {
            out.add(new CardChange("hardware", hardware(before), hardware(after)));
        }
        Map<String, String> modelsBefore = models(before);
        Map<String, String> modelsAfter = models(after);
        Set<String> workloads = new LinkedHashSet<>(modelsBefore.keySet());
        workloads.addAll(modelsAfter.keySet());
        for (String w : workloads) {
            if (!Objects.equals(modelsBefore.get(w), modelsAfter.get(w))) {
                out.add(new CardChange("model for " + w, modelsBefore.get(w), modelsAfter.get(w)));
            }
        }
        List<String> warningsBefore = warnings(before);
        List<String> warningsAfter = warnings(after);
        warningsBefore.stream().filter(w -> !warningsAfter.contains(w)).forEach(w -> out.add(new CardChange("warning", w, null)));
        warningsAfter.stream().filter(w -> !warningsBefore.contains(w)).forEach(w -> out.add(new CardChange("warning", null, w)));
        return out;
    }

    private static Map<String, String> models(Card card) {
        Map<String, String> out = new LinkedHashMap<>();
        if (card.recommendation() != null) {
            for (ModelPlan p : card.recommendation().models()) {
                out.put(p.workload(), p.model() + " at " + p.quantization() + " (" + p.placement() + " on " + p.device() + ")");
            }
        }
        return out;
    }

    private static List<String> warnings(Card card) {
        return card.warnings().stream().map((Notice n) -> "[" + n.advice() + "] " + n.message()).toList();
    }

    /** Firings compared by rule and what they concluded (or, concluding nothing, what they matched). */
    private List<RuleChange> ruleChanges(AuditEntry entry, List<Firing> now) {
        Map<String, Integer> countBefore = counts(entry.firings());
        Map<String, Integer> countNow = counts(now);
        Map<String, RuleChangeBuilder> byRule = new LinkedHashMap<>();
        collect(entry.firings(), countNow, entry.rulesDir(), byRule, true);
        collect(now, countBefore, advisor.rulesDir().toString(), byRule, false);
        return byRule.values().stream().map(RuleChangeBuilder::build).toList();
    }

    private static void collect(List<Firing> firings, Map<String, Integer> other, String rulesDir,
                                Map<String, RuleChangeBuilder> byRule, boolean disappeared) {
        Map<String, Integer> remaining = new LinkedHashMap<>(other);
        for (Firing f : firings) {
            String key = key(f);
            int left = remaining.getOrDefault(key, 0);
            if (left > 0) {
                remaining.put(key, left - 1);
                continue;
            }
            RuleChangeBuilder change = byRule.computeIfAbsent(f.rule(),
                    r -> new RuleChangeBuilder(f, knowledgeName(f.file(), rulesDir)));
            (disappeared ? change.disappeared : change.appeared).add(describe(f));
        }
    }

    private static Map<String, Integer> counts(List<Firing> firings) {
        Map<String, Integer> out = new LinkedHashMap<>();
        firings.forEach(f -> out.merge(key(f), 1, Integer::sum));
        return out;
    }

    private static String key(Firing f) {
        return f.rule() + "\n" + describe(f);
    }

    private static String describe(Firing f) {
        List<String> parts = new ArrayList<>();
        f.inserted().forEach(l -> parts.add("=> " + l));
        f.retracted().forEach(l -> parts.add("withdrew " + l));
        if (parts.isEmpty()) {
            parts.add("matched " + String.join("; ", f.matched().stream().filter(Provenance::isFact).toList()));
        }
        return String.join("; ", parts);
    }

    /** A rule file as the audit names it ("rules/x.drl"), whatever folder it was built from. */
    static String knowledgeName(String file, String rulesDir) {
        if (file == null || file.isEmpty()) {
            return "";
        }
        try {
            Path relative = Path.of(rulesDir).toAbsolutePath().normalize().relativize(Path.of(file).toAbsolutePath().normalize());
            if (!relative.startsWith("..")) {
                return "rules/" + relative.toString().replace('\\', '/');
            }
        } catch (IllegalArgumentException e) {
            // a different root: fall back to the file name
        }
        return "rules/" + Path.of(file).getFileName();
    }

    private static final class RuleChangeBuilder {
        final Firing first;
        final String file;
        final List<String> disappeared = new ArrayList<>();
        final List<String> appeared = new ArrayList<>();

        RuleChangeBuilder(Firing first, String file) {
            this.first = first;
            this.file = file;
        }

        RuleChange build() {
            return new RuleChange(first.rule(), file, first.advice(), first.source(), disappeared, appeared);
        }
    }
}
