package dev.rigadvisor.engine;

import java.util.Arrays;
import java.util.List;

/** A rule as a person sees it: name, file, the phase it runs in, the advice IDs and source it cites. */
public record RuleInfo(String name, String file, String phase, String advice, String source) {

    public List<String> adviceIds() {
        if (advice == null || advice.isBlank()) {
            return List.of();
        }
        return Arrays.stream(advice.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
