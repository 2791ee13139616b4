package dev.rigadvisor.advice;

import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.DecisionTables;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Scenarios;
import dev.rigadvisor.engine.Consultation;
import dev.rigadvisor.engine.KnowledgeVersion;
import dev.rigadvisor.engine.RuleBase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The whole pipeline for one knowledge folder pair: catalogs and tables loaded and checked, rules built once,
 * then any number of scenarios turned into cards.
 */
public final class Advisor {

    private final Path rulesDir;
    private final Path factsDir;
    private final Catalog catalog;
    private final DecisionTables tables;
    private final RuleBase rules;
    private final String version;
    private final int maxFirings;
    private final Duration maxTime;
    private final Consultation consultation;

    private Advisor(Path rulesDir, Path factsDir, Catalog catalog, DecisionTables tables, RuleBase rules, String version,
                    int maxFirings, Duration maxTime) {
        this.rulesDir = rulesDir;
        this.factsDir = factsDir;
        this.catalog = catalog;
        this.tables = tables;
        this.rules = rules;
        this.version = version;
        this.maxFirings = maxFirings;
        this.maxTime = maxTime;
        this.consultation = new Consultation(rules, catalog, tables).withMaxFirings(maxFirings).withMaxTime(maxTime);
    }

    /** Loads the knowledge, with the compiled rules kept in the default cache folder. */
    public static Advisor load(Path rulesDir, Path factsDir) {
        return load(rulesDir, factsDir, RuleBase.defaultCacheDir());
    }

    /**
     * Loads the catalogs and tables while the rules load on a second thread (the two take about as long, and
     * a command-line run waits for both); a problem in the catalogs is reported before one in the rules.
     */
    public static Advisor load(Path rulesDir, Path factsDir, Path cacheDir) {
        RuleBase.drlFiles(rulesDir); // a missing rules folder is a rules problem, reported before its tables
        CompletableFuture<RuleBase> rules = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                rules.complete(RuleBase.load(rulesDir, cacheDir));
            } catch (Throwable e) {
                rules.completeExceptionally(e);
            }
        }, "rule-loader");
        loader.setDaemon(true);
        loader.start();
        Catalog catalog = Catalog.load(factsDir);
        DecisionTables tables = DecisionTables.load(rulesDir);
        new TableCheck(catalog, tables, rulesDir).run();
        String version = KnowledgeVersion.of(rulesDir, factsDir);
        return new Advisor(rulesDir, factsDir, catalog, tables, joined(rules), version, Consultation.MAX_FIRINGS,
                Consultation.MAX_TIME);
    }

    private static RuleBase joined(CompletableFuture<RuleBase> rules) {
        try {
            return rules.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The same advisor, stopping each run after {@code limit} rule firings (a loop in edited rules). */
    public Advisor withMaxFirings(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the firing limit must be at least 1, found " + limit);
        }
        return new Advisor(rulesDir, factsDir, catalog, tables, rules, version, limit, maxTime);
    }

    /** The same advisor, stopping each run after {@code limit} of wall-clock time (a rule spinning in its action). */
    public Advisor withMaxTime(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit must be above zero, found " + limit);
        }
        return new Advisor(rulesDir, factsDir, catalog, tables, rules, version, maxFirings, limit);
    }

    /** The same rules and tables over another catalog: one holding a detected or ad hoc machine, say. */
    public Advisor with(Catalog other) {
        return new Advisor(rulesDir, factsDir, other, tables, rules, version, maxFirings, maxTime);
    }

    public Scenario scenario(Path file) {
        return Scenarios.load(file, catalog);
    }

    public Card advise(Path scenarioFile) {
        return advise(scenario(scenarioFile), scenarioFile.toString());
    }

    public Card advise(Scenario scenario, String file) {
        return card(scenario, file, consult(scenario));
    }

    /** The card for a consultation already run, e.g. one whose firings are also being recorded. */
    public Card card(Scenario scenario, String file, Consultation.Outcome outcome) {
        return new CardBuilder(catalog).build(scenario, file, outcome, version);
    }

    public Consultation.Outcome consult(Scenario scenario) {
        return consultation.run(scenario);
    }

    public Catalog catalog() {
        return catalog;
    }

    public DecisionTables tables() {
        return tables;
    }

    public RuleBase rules() {
        return rules;
    }

    public String version() {
        return version;
    }

    public Path rulesDir() {
        return rulesDir;
    }

    public Path factsDir() {
        return factsDir;
    }
}
