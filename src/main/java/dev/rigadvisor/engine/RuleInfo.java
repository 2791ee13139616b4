package dev.rigadvisor.engine;

import dev.rigadvisor.catalog.InputFile;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** A rule as a person sees it: name, file, the phase it runs in, the advice IDs and source it cites. */
public record RuleInfo(String name, String file, String phase, String advice, String source) {

    /** The line of this rule's header among the lines of its DRL file, or 0 when it is not there. */
    public int lineIn(List<String> lines) {
        Pattern header = Pattern.compile("^\\s*rule\\s+(\"" + Pattern.quote(name) + "\"|" + Pattern.quote(name) + ")(\\s|$)");
        for (int i = 0; i < lines.size(); i++) {
            if (header.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** "file:line" of the rule, or the file alone when its header cannot be found. */
    public String place() {
        List<String> lines;
        try {
            lines = file == null || file.isEmpty() ? List.of() : InputFile.lines(Path.of(file));
        } catch (RuntimeException e) {
            lines = List.of();
        }
        int line = lineIn(lines);
        return line > 0 ? file + ":" + line : file;
    }

    public List<String> adviceIds() {
        if (advice == null || advice.isBlank()) {
            return List.of();
        }
        return Arrays.stream(advice.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
