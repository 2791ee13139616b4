package dev.rigadvisor.engine;

import dev.rigadvisor.catalog.InputFile;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Narrows a build problem down to the DRL line and column a person must edit. Drools reports a consequence
 * error at the rule's first line and a constraint error without a column; when the message names the
 * offending identifier, the first use of it from the reported line to the rule's {@code end} is the place.
 */
final class ProblemLocation {

    private static final List<Pattern> NAMED = List.of(
            Pattern.compile("strict-mode: [\\w.$]+\\.(\\w+)\\(\\)"),
            Pattern.compile("The method (\\w+)\\("),
            Pattern.compile("The constructor (\\w+)\\("),
            Pattern.compile("(\\w+) cannot be resolved"),
            Pattern.compile("Unable to resolve ObjectType '([\\w.]+)'"),
            Pattern.compile("[Uu]nknown (?:field|property) (\\w+)"));
    private static final Pattern END = Pattern.compile("^\\s*end\\s*$");

    private ProblemLocation() {
    }

    static RuleProblem refine(RuleProblem p) {
        String token = token(p.message());
        if (token == null || p.line() <= 0) {
            return p;
        }
        List<String> lines = read(p.file());
        Pattern use = Pattern.compile("(?<![\\w$])" + Pattern.quote(token) + "(?![\\w$])");
        for (int i = p.line() - 1; i < lines.size(); i++) {
            Matcher m = use.matcher(lines.get(i));
            if (m.find()) {
                return new RuleProblem(p.file(), i + 1, m.start() + 1, p.severity(), p.message());
            }
            if (i > p.line() - 1 && END.matcher(lines.get(i)).matches()) {
                break;
            }
        }
        return p;
    }

    /** The errors less Drools' "Parser returned a null Package" for a file whose real syntax error is listed. */
    static List<RuleProblem> withoutEchoes(List<RuleProblem> errors) {
        return errors.stream().filter(e -> !(e.message().startsWith("Parser returned a null Package")
                && errors.stream().anyMatch(o -> o != e && o.file().equals(e.file())))).toList();
    }

    /** The message up to Drools' caret drawing, which makes no sense on one line. */
    static String shorten(String message) {
        int near = message.indexOf(" [Near : {");
        return near > 0 ? message.substring(0, near) : message;
    }

    private static String token(String message) {
        for (Pattern p : NAMED) {
            Matcher m = p.matcher(message);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static List<String> read(String file) {
        try {
            return InputFile.lines(Path.of(file));
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
