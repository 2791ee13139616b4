package dev.rigadvisor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a documented command line in this process, as the shell would run it from the project folder, and gives
 * what the terminal would show. The forms the docs use: {@code [printf 'ANSWERS' | ]./rig ARGS [2>/dev/null]
 * [; echo "exit code $?"]}. Runs that record or read audit entries use the page's own audit folder.
 */
final class ExampleRun {

    private static final String EXIT_CODE = "; echo \"exit code $?\"";
    private static final String NO_STDERR = " 2>/dev/null";
    private static final Set<String> AUDITED = Set.of("recommend", "audit", "scenarios");

    /** The audit ids a page shows, each with the id today's run of the same command gave, and back. */
    static final class Ids {
        private final Map<String, String> actual = new HashMap<>();
        private final Map<String, String> shown = new HashMap<>();

        void learn(List<String> shownLines, List<String> printed) {
            List<String> was = DocPage.auditIds(shownLines);
            List<String> now = DocPage.auditIds(printed);
            for (int i = 0; i < Math.min(was.size(), now.size()); i++) {
                actual.put(was.get(i), now.get(i));
                shown.put(now.get(i), was.get(i));
            }
        }

        /** Printed lines with today's audit ids written as the page shows them, so that an update keeps them. */
        List<String> asShown(List<String> printed) {
            return printed.stream().map(l -> {
                String line = l;
                for (String id : DocPage.auditIds(List.of(l))) {
                    line = line.replace(id, shown.getOrDefault(id, id));
                }
                return line;
            }).toList();
        }

        /** The command line with each audit id the page showed earlier replaced by today's. */
        String translate(String command) {
            String translated = command;
            for (String id : DocPage.auditIds(List.of(command))) {
                translated = translated.replace(id, actual.getOrDefault(id, id));
            }
            return translated;
        }
    }

    private ExampleRun() {
    }

    static List<String> run(DocPage.Example example, Path auditFolder, Ids ids) {
        String command = ids.translate(example.command());
        String line = command;
        boolean echoCode = line.endsWith(EXIT_CODE);
        line = echoCode ? line.substring(0, line.length() - EXIT_CODE.length()) : line;
        boolean dropErr = line.endsWith(NO_STDERR);
        line = dropErr ? line.substring(0, line.length() - NO_STDERR.length()) : line;
        String input = "";
        if (line.startsWith("printf '")) {
            int end = line.indexOf("' | ");
            input = line.substring("printf '".length(), end).replace("\\n", "\n");
            line = line.substring(end + "' | ".length());
        }
        if (!line.startsWith("./rig ")) {
            throw new IllegalArgumentException("a checked example runs ./rig: " + command);
        }
        List<String> args = new ArrayList<>(words(line.substring("./rig ".length())));
        if (AUDITED.contains(args.get(0)) && !args.contains("--no-audit") && !args.contains("--audit-dir")) {
            args.addAll(List.of("--audit-dir", auditFolder.toString()));
        }
        Rig rig = Rig.withInput(input, args.toArray(String[]::new));
        List<String> printed = new ArrayList<>(lines(rig.out()));
        if (!dropErr) {
            printed.addAll(lines(rig.err()));
        }
        if (echoCode) {
            printed.add("exit code " + rig.code());
        }
        while (!printed.isEmpty() && printed.get(printed.size() - 1).isEmpty()) {
            printed.remove(printed.size() - 1);
        }
        ids.learn(example.shown(), printed);
        return printed;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::stripTrailing).toList();
    }

    /** The shell's words: split at spaces outside quotes, quotes removed. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == ' ') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
