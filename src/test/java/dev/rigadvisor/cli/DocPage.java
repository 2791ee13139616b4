package dev.rigadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Markdown page's checked examples: in each ```console block, a line "$ ./rig ..." and the output under it, up
 * to the next "$ " line or the end of the block. A line "..." in the output stands for lines left out: the lines
 * above it must be the first lines printed, the lines below it the last.
 */
final class DocPage {

    static final String ELLIPSIS = "...";

    /** One command and the output the page shows for it (lines {@code from} to {@code to}, exclusive, of the page). */
    record Example(String command, int line, List<String> shown, int from, int to) {

        Optional<String> mismatch(List<String> printed) {
            int cut = shown.indexOf(ELLIPSIS);
            List<String> expected = normal(shown);
            List<String> actual = normal(printed);
            if (cut < 0) {
                return expected.equals(actual) ? Optional.empty() : Optional.of(difference(expected, actual));
            }
            List<String> head = expected.subList(0, cut);
            List<String> tail = expected.subList(cut + 1, expected.size());
            boolean fits = actual.size() >= head.size() + tail.size()
                    && actual.subList(0, head.size()).equals(head)
                    && actual.subList(actual.size() - tail.size(), actual.size()).equals(tail);
            return fits ? Optional.empty() : Optional.of(difference(expected, actual));
        }

        /** Today's output in the shape the page shows it: as many first and last lines around a "...". */
        List<String> trimmedLike(List<String> printed) {
            int cut = shown.indexOf(ELLIPSIS);
            if (cut < 0) {
                return printed;
            }
            int tail = shown.size() - cut - 1;
            if (printed.size() <= cut + tail) {
                return printed;
            }
            List<String> trimmed = new ArrayList<>(printed.subList(0, cut));
            trimmed.add(ELLIPSIS);
            trimmed.addAll(printed.subList(printed.size() - tail, printed.size()));
            return trimmed;
        }
    }

    private static final Pattern AUDIT_ID = Pattern.compile("\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]{8}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern VERSION = Pattern.compile("(version )[0-9a-f]{16}");
    private static final Pattern ELAPSED = Pattern.compile("\\b\\d+(\\.\\d+)? (ms|s)\\b(?= (elapsed|wall))");

    /** What legitimately differs from run to run: audit ids, times, the rules/facts version, elapsed times. */
    static List<String> normal(List<String> lines) {
        return lines.stream().map(l -> ELAPSED.matcher(VERSION.matcher(TIMESTAMP.matcher(AUDIT_ID.matcher(l)
                .replaceAll("<audit id>")).replaceAll("<time>")).replaceAll("$1<version>")).replaceAll("<elapsed>"))
                .toList();
    }

    static List<String> auditIds(List<String> lines) {
        return lines.stream().flatMap(l -> AUDIT_ID.matcher(l).results().map(r -> r.group())).toList();
    }

    private static String difference(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        return "  first difference at output line " + (i + 1) + ":\n  shown:   "
                + (i < expected.size() ? expected.get(i) : "(nothing)") + "\n  printed: "
                + (i < actual.size() ? actual.get(i) : "(nothing)");
    }

    private final Path file;
    private final List<String> lines;
    private final List<Example> examples;
    private final List<Replacement> replacements = new ArrayList<>();

    private record Replacement(Example example, List<String> output) {
    }

    private DocPage(Path file, List<String> lines, List<Example> examples) {
        this.file = file;
        this.lines = lines;
        this.examples = examples;
    }

    static DocPage read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Example> examples = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!inBlock) {
                inBlock = line.equals("```console");
                continue;
            }
            if (line.equals("```")) {
                inBlock = false;
            } else if (line.startsWith("$ ")) {
                int end = i + 1;
                while (!lines.get(end).startsWith("$ ") && !lines.get(end).equals("```")) {
                    end++;
                }
                examples.add(new Example(line.substring(2), i + 1, List.copyOf(lines.subList(i + 1, end)), i + 1, end));
            }
        }
        return new DocPage(file, lines, examples);
    }

    List<Example> examples() {
        return examples;
    }

    void replace(Example example, List<String> printed) {
        replacements.add(new Replacement(example, example.trimmedLike(printed)));
    }

    boolean changed() {
        return !replacements.isEmpty();
    }

    /** Writes the page with each replaced example's output, the last first so that earlier places stay put. */
    void write() throws IOException {
        List<String> updated = new ArrayList<>(lines);
        replacements.stream().sorted(Comparator.comparingInt((Replacement r) -> r.example().from()).reversed())
                .forEach(r -> {
                    updated.subList(r.example().from(), r.example().to()).clear();
                    updated.addAll(r.example().from(), r.output());
                });
        Files.writeString(file, String.join("\n", updated) + "\n");
    }
}
