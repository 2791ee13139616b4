package dev.rigadvisor.audit;

import java.util.List;

/**
 * What re-running a recorded scenario under today's rules and facts changed: the card (hardware, models,
 * warnings), the firings that appeared or disappeared (grouped by rule), the rule and fact files that
 * differ from the ones recorded, and within the rule files the rules whose text was edited, added or removed. {@code problem} says why the scenario could not be re-run, if it could not.
 */
public record Replay(String id, String scenario, String createdAt, String hardwareBefore, String hardwareAfter,
                     String problem, List<CardChange> card, List<RuleChange> firings, List<FileChange> files,
                     List<RuleEdit> rules) {

    public Replay {
        rules = List.copyOf(rules);
        card = List.copyOf(card);
        firings = List.copyOf(firings);
        files = List.copyOf(files);
    }

    /** A line of the card that differs: what it is, before and after (null where it was absent). */
    public record CardChange(String what, String before, String after) {
    }

    /** A rule whose firings differ: what its firings concluded that they no longer do, and the reverse. */
    public record RuleChange(String rule, String file, String advice, String source, List<String> disappeared,
                             List<String> appeared) {
        public RuleChange {
            disappeared = List.copyOf(disappeared);
            appeared = List.copyOf(appeared);
        }
    }

    /** A rule or fact file that is not what the run used: "changed", "added" or "removed". */
    public record FileChange(String path, String change) {
    }

    /** A rule whose text differs from the recorded rule file's: "edited", "added" or "removed". */
    public record RuleEdit(String file, String rule, String change) {
    }

    public boolean cardChanged() {
        return problem != null || !card.isEmpty();
    }

    public boolean changed() {
        return cardChanged() || !firings.isEmpty();
    }
}
