package dev.rigadvisor.advice;

import java.util.List;

/** One rule firing in the trail: the rule, its advice and source, the facts it matched and what it concluded. */
public record Step(int sequence, String rule, String advice, String source, String file, List<String> facts,
                   List<String> concluded, List<String> withdrew) {

    public Step {
        facts = List.copyOf(facts);
        concluded = List.copyOf(concluded);
        withdrew = List.copyOf(withdrew);
    }
}
