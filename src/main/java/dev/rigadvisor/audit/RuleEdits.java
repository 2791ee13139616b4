package dev.rigadvisor.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules whose text differs between two versions of a DRL file: edited, added or removed. */
public final class RuleEdits {

    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern END = Pattern.compile("(?m)^\\s*end\\s*$");

    private RuleEdits() {
    }

    public static List<Replay.RuleEdit> between(String file, String before, String after) {
        Map<String, String> was = rules(before);
        Map<String, String> is = rules(after);
        List<Replay.RuleEdit> out = new ArrayList<>();
        was.forEach((name, text) -> {
            if (!is.containsKey(name)) {
                out.add(new Replay.RuleEdit(file, name, "removed"));
            } else if (!Objects.equals(normal(text), normal(is.get(name)))) {
                out.add(new Replay.RuleEdit(file, name, "edited"));
            }
        });
        is.keySet().stream().filter(name -> !was.containsKey(name))
                .forEach(name -> out.add(new Replay.RuleEdit(file, name, "added")));
        return out;
    }

    /** Each rule's name and its text, from "rule" to its "end". */
    static Map<String, String> rules(String drl) {
        Map<String, String> out = new LinkedHashMap<>();
        if (drl == null) {
            return out;
        }
        Matcher rule = RULE.matcher(drl);
        while (rule.find()) {
            Matcher end = END.matcher(drl);
            int stop = end.find(rule.end()) ? end.end() : drl.length();
            out.put(rule.group(1), drl.substring(rule.start(), stop));
        }
        return out;
    }

    /** Whitespace at line ends and blank lines are not edits. */
    private static String normal(String text) {
        return text.replaceAll("[ \\t]+(?=\\R)", "").replaceAll("\\R\\s*\\R", "\n");
    }
}
