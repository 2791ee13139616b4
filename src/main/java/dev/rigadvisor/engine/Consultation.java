package dev.rigadvisor.engine;

import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.DecisionTables;
import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.Model;
import dev.rigadvisor.catalog.Parameter;
import dev.rigadvisor.catalog.Quantization;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Workload;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run of the rules over a scenario and the catalogs: inserts the input facts in a fixed order, runs the
 * phases in order, and records every firing with the facts it matched, inserted and retracted.
 */
public final class Consultation {

    /** A run stops after this many firings: the guidance has a loop. */
    public static final int MAX_FIRINGS = 200_000;

    /** A run stops after this long: a rule spins in its action (a shipped scenario takes well under a second). */
    public static final Duration MAX_TIME = Duration.ofSeconds(10);

    private final RuleBase rules;
    private final List<Object> knowledge;
    private final Map<Object, String> knowledgeLabels;
    private int maxFirings = MAX_FIRINGS;
    private Duration maxTime = MAX_TIME;

    /** The catalogs and tables are put in order and labelled once here, for every run. */
    public Consultation(RuleBase rules, Catalog catalog, DecisionTables tables) {
        this.rules = rules;
        this.knowledge = knowledgeFacts(catalog, tables);
        Map<Object, String> labels = new IdentityHashMap<>();
        knowledge.forEach(f -> labels.put(f, FactLabel.of(f)));
        this.knowledgeLabels = labels;
    }

    public Consultation withMaxFirings(int limit) {
        this.maxFirings = limit;
        return this;
    }

    public Consultation withMaxTime(Duration limit) {
        this.maxTime = limit;
        return this;
    }

    /** The facts the session holds at the end, and the firings that led there. */
    public record Outcome(List<Object> facts, List<Firing> firings) {

        public <T> List<T> all(Class<T> type) {
            return facts.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    public Outcome run(Scenario scenario) {
        KieSession session = rules.newSession();
        Trail trail = new Trail(new Labels(knowledgeLabels));
        try {
            session.addEventListener((org.kie.api.event.rule.AgendaEventListener) trail);
            session.addEventListener((RuleRuntimeEventListener) trail);
            int fired = fireWithin(session, trail, scenario);
            if (fired >= maxFirings) {
                throw new RunawayRules(runawayMessage(trail.firings));
            }
            List<Object> facts = new ArrayList<>(session.getObjects());
            return new Outcome(sortedStably(facts, trail.labels), List.copyOf(trail.firings));
        } finally {
            try {
                session.removeEventListener((org.kie.api.event.rule.AgendaEventListener) trail);
                session.removeEventListener((RuleRuntimeEventListener) trail);
                session.dispose();
            } catch (RuntimeException e) {
                // a session stopped mid-firing may not close cleanly; it is dropped either way
            }
        }
    }

    /**
     * Inserts the facts and fires the rules on a thread of their own, for at most {@link #maxTime}: a rule whose
     * action spins is halted, interrupted, and stopped, and the run ends as runaway rules naming it. A rule whose
     * action throws, or recurses until the stack runs out, ends the run as a {@link RuleFault} naming it.
     */
    private int fireWithin(KieSession session, Trail trail, Scenario scenario) {
        int[] fired = new int[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(() -> {
            try {
                insertInputs(session, scenario);
                trail.recording = true;
                for (int i = Phases.ORDER.size() - 1; i >= 0; i--) {
                    session.getAgenda().getAgendaGroup(Phases.ORDER.get(i)).setFocus();
                }
                fired[0] = session.fireAllRules(maxFirings);
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "consultation");
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(maxTime.toMillis());
            if (worker.isAlive()) {
                Match spinning = trail.current;
                session.halt();
                worker.interrupt();
                worker.join(200);
                stop(worker);
                throw new RunawayRules("the rules ran past the " + seconds(maxTime) + " time limit"
                        + (spinning == null ? "" : ": " + ruleAt(spinning) + " was still running its action"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunawayRules("the run was interrupted");
        }
        if (failure[0] != null) {
            throw fault(failure[0], trail.current);
        }
        return fired[0];
    }

    /** Thread.stop, the one way to end an action that loops without a check: deprecated, and on JDK 17 still there. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread worker) {
        if (!worker.isAlive()) {
            return;
        }
        try {
            worker.stop();
        } catch (UnsupportedOperationException e) {
            // a later JDK: the daemon thread spins on until the process ends
        }
    }

    private RuntimeException fault(Throwable e, Match running) {
        if (e instanceof Error error && !(e instanceof StackOverflowError)) {
            throw error;
        }
        Match match = e instanceof ConsequenceException c && c.getMatch() != null ? c.getMatch() : running;
        Throwable cause = e instanceof ConsequenceException && e.getCause() != null ? e.getCause() : e;
        String what = cause instanceof StackOverflowError ? "recursed until the stack ran out (StackOverflowError)"
                : "failed in its action: " + (cause.getMessage() == null
                        ? "a " + cause.getClass().getSimpleName().replace("Exception", "") + " error"
                        : cause.getMessage().lines().findFirst().orElse(""));
        return new RuleFault((match == null ? "a rule's condition" : ruleAt(match)) + " " + what, e);
    }

    /** 'rule "name" (file:line)'. */
    private String ruleAt(Match match) {
        RuleInfo info = rules.describe(match.getRule());
        return "rule \"" + info.name() + "\" (" + info.place() + ")";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    private void insertInputs(KieSession session, Scenario scenario) {
        session.insert(scenario);
        scenario.workloads().forEach(session::insert);
        knowledge.forEach(session::insert);
    }

    /** The catalogs (each in id order) and the decision tables, in the order a run inserts them. */
    private static List<Object> knowledgeFacts(Catalog catalog, DecisionTables tables) {
        List<Object> facts = new ArrayList<>();
        catalog.hardware().stream().sorted(Comparator.comparing(Hardware::id)).forEach(facts::add);
        catalog.models().stream().sorted(Comparator.comparing(Model::id)).forEach(facts::add);
        catalog.quantizations().stream().sorted(Comparator.comparing(Quantization::id)).forEach(facts::add);
        catalog.parameters().stream().sorted(Comparator.comparing(Parameter::id)).forEach(facts::add);
        facts.addAll(tables.workloadNeeds());
        facts.addAll(tables.memoryTiers());
        facts.addAll(tables.useCases());
        facts.addAll(tables.modelRoles());
        facts.addAll(tables.fallbacks());
        return List.copyOf(facts);
    }

    /** Working memory has no order of its own: order the final facts by type and label. */
    private static List<Object> sortedStably(List<Object> facts, Labels labels) {
        List<SortKey> keys = new ArrayList<>(facts.size());
        facts.forEach(f -> keys.add(new SortKey(f.getClass().getSimpleName(), labels.of(f), f)));
        keys.sort(Comparator.comparing(SortKey::type).thenComparing(SortKey::label)
                .thenComparing(k -> k.fact().toString()));
        return new ArrayList<>(keys.stream().map(SortKey::fact).toList());
    }

    /** A fact with its type name and label worked out once, for sorting. */
    private record SortKey(String type, String label, Object fact) {
    }

    /**
     * Each fact's label, worked out once: facts are immutable and labelled many times. The catalogs' and tables'
     * labels are shared by every run; the others are worked out once per run.
     */
    private static final class Labels {
        private final Map<Object, String> knowledge;
        private final Map<Object, String> known = new IdentityHashMap<>(512);

        Labels(Map<Object, String> knowledge) {
            this.knowledge = knowledge;
        }

        String of(Object fact) {
            String label = knowledge.get(fact);
            return label != null ? label : known.computeIfAbsent(fact, FactLabel::of);
        }
    }

    private String runawayMessage(List<Firing> firings) {
        Map<String, Integer> counts = new TreeMap<>();
        firings.forEach(f -> counts.merge(f.rule() + " (" + f.file() + ")", 1, Integer::sum));
        List<String> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).map(e -> e.getKey() + " fired " + e.getValue() + " times").toList();
        return "the rules kept firing past " + maxFirings + " firings: " + String.join("; ", top);
    }

    /** Listens to the session and turns its events into firings. */
    private final class Trail extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        final List<Firing> firings = new ArrayList<>();
        final Labels labels;
        volatile boolean recording;
        private volatile Match current;
        private List<String> inserted = new ArrayList<>();
        private List<String> retracted = new ArrayList<>();

        Trail(Labels labels) {
            this.labels = labels;
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            current = event.getMatch();
            inserted = new ArrayList<>();
            retracted = new ArrayList<>();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Match match = event.getMatch();
            RuleInfo info = rules.describe(match.getRule());
            List<String> matched = new ArrayList<>();
            for (Object o : match.getObjects()) {
                if (o != null && !(o instanceof org.drools.base.InitialFact)) {
                    matched.add(labels.of(o));
                }
            }
            if (firings.size() < maxFirings) {
                firings.add(new Firing(firings.size() + 1, info.name(), info.file(), info.advice(), info.source(),
                        matched, inserted, retracted));
            }
            current = null;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (recording && current != null) {
                inserted.add(labels.of(event.getObject()));
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (recording && current != null) {
                retracted.add(labels.of(event.getOldObject()));
            } else if (recording && event.getRule() != null && !firings.isEmpty()
                    && firings.get(firings.size() - 1).rule().equals(event.getRule().getName())) {
                // truth maintenance withdraws a conclusion once the firing that removed its premise is over:
                // the withdrawal belongs to that firing
                Firing last = firings.remove(firings.size() - 1);
                List<String> withdrawn = new ArrayList<>(last.retracted());
                withdrawn.add(labels.of(event.getOldObject()));
                firings.add(new Firing(last.sequence(), last.rule(), last.file(), last.advice(), last.source(),
                        last.matched(), last.inserted(), withdrawn));
            }
        }
    }
}
