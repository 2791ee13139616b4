package dev.rigadvisor.serve;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.engine.KnowledgeVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules and catalogs kept loaded, and reloaded when their files change. Before each answer a cheap key (every
 * file's name, size and modification time) is compared; only when it differs are the files hashed, and only when the
 * hash differs is the knowledge loaded again. Knowledge that does not load (a rule edit that does not build, a broken
 * catalog) leaves the last good knowledge serving, with the problem reported until the files change again.
 */
public final class WarmKnowledge {

    /** The knowledge answering now and, when a newer edit did not load, why (null when it is current). */
    public record State(Advisor advisor, String problem) {

        public boolean current() {
            return problem == null;
        }

        /** One line for a response header and the page: "current VERSION" or "stale VERSION: PROBLEM". */
        public String status() {
            return current() ? "current " + advisor.version()
                    : "stale " + advisor.version() + ": " + problem.lines().findFirst().orElse(problem);
        }
    }

    private final Path rules;
    private final Path facts;
    private final Path cache;
    private State state;
    private List<String> key;
    private int loads = 1;

    private WarmKnowledge(Path rules, Path facts, Path cache, Advisor advisor, List<String> key) {
        this.rules = rules;
        this.facts = facts;
        this.cache = cache;
        this.state = new State(advisor, null);
        this.key = key;
    }

    /** Keeps knowledge already loaded warm, its compiled rules cached in {@code cache}. */
    public static WarmKnowledge of(Advisor advisor, Path cache) {
        List<String> key = key(advisor.rulesDir(), advisor.factsDir());
        return new WarmKnowledge(advisor.rulesDir(), advisor.factsDir(), cache, advisor, key);
    }

    /** The knowledge to answer with now: reloaded first if the files changed. */
    public synchronized State now() {
        List<String> seen = key(rules, facts);
        if (seen.equals(key)) {
            return state;
        }
        key = seen;
        if (KnowledgeVersion.of(rules, facts).equals(state.advisor().version())) {
            state = new State(state.advisor(), null); // touched, or edited and put back
            return state;
        }
        try {
            state = new State(Advisor.load(rules, facts, cache), null);
            loads++;
        } catch (RuntimeException e) {
            state = new State(state.advisor(), e.getMessage() == null ? e.toString() : e.getMessage());
        }
        return state;
    }

    /** How many times the knowledge has been loaded, the first time included. */
    public synchronized int loads() {
        return loads;
    }

    public Path rules() {
        return rules;
    }

    public Path facts() {
        return facts;
    }

    private static List<String> key(Path rules, Path facts) {
        List<String> key = new ArrayList<>();
        for (Path dir : List.of(rules, facts)) {
            for (Path file : KnowledgeVersion.files(dir)) {
                try {
                    key.add(file + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.NANOSECONDS));
                } catch (IOException e) {
                    key.add(file + " gone"); // removed while listed: the next look sees it gone
                }
            }
        }
        return key;
    }
}
