package dev.rigadvisor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rigadvisor.catalog.JsonInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One row of {@code bad-input/cases.csv}: a scenario fixture, an optional change to a copy of the shipped
 * facts or rules (or to the scenario), the command line, and what the one-line error must say.
 */
record BadInputCase(String name, String input, String change, String args, int exit, String names, String place,
                    String says) {

    static final Path CORPUS = Path.of("src/test/resources/bad-input");
    private static final String DEFAULT_ARGS = "recommend {scenario} --facts {facts} --rules {rules}";
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<BadInputCase> all() throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<BadInputCase> cases = new ArrayList<>();
        try (var rows = new CsvMapper().readerForMapOf(String.class).with(schema)
                .<java.util.Map<String, String>>readValues(CORPUS.resolve("cases.csv").toFile())) {
            while (rows.hasNext()) {
                var row = rows.next();
                cases.add(new BadInputCase(row.get("case"), row.get("input"), row.get("change"), row.get("args"),
                        Integer.parseInt(row.get("exit")), row.get("names"), row.get("place"), row.get("says")));
            }
        }
        return cases;
    }

    /** The folders and file one case runs against, made ready in its own folder under {@code root}. */
    record Workspace(Path scenario, Path facts, Path rules) {

        String fill(String text) {
            return text.replace("{scenario}", scenario.toString()).replace("{facts}", facts.toString())
                    .replace("{rules}", rules.toString());
        }
    }

    Workspace prepare(Path root) throws IOException {
        Path scenario = root.resolve("scenario").resolve(Path.of(input).getFileName());
        Files.createDirectories(scenario.getParent());
        Files.copy(CORPUS.resolve(input), scenario);
        Workspace space = new Workspace(scenario, Path.of("facts"), Path.of("rules"));
        if (change == null || change.isBlank()) {
            return space;
        }
        for (String one : change.split("; ")) {
            String[] words = one.trim().split(" ", 3);
            String target = words[0];
            if (target.startsWith("facts") && space.facts().equals(Path.of("facts"))) {
                space = new Workspace(scenario, copyOf(Path.of("facts"), root.resolve("facts")), space.rules());
            } else if (target.startsWith("rules") && space.rules().equals(Path.of("rules"))) {
                space = new Workspace(scenario, space.facts(), copyOf(Path.of("rules"), root.resolve("rules")));
            }
            Path file = target.equals("scenario") ? scenario : root.resolve(target);
            apply(words[1], words.length > 2 ? words[2].split(" ") : new String[0], file);
        }
        return space;
    }

    private static void apply(String op, String[] args, Path file) throws IOException {
        switch (op) {
            case "set", "remove" -> edit(file, op, args[0], args.length > 1 ? String.join(" ", Arrays.copyOfRange(args, 1, args.length)) : null);
            case "replace" -> {
                String text = Files.readString(file);
                if (!text.contains(args[0])) {
                    throw new IllegalStateException(file + " no longer contains " + args[0] + "; update cases.csv");
                }
                Files.writeString(file, text.replaceFirst(Pattern.quote(args[0]), Matcher.quoteReplacement(args[1])));
            }
            case "cell" -> {
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                int column = Arrays.asList(lines.get(0).split(",")).indexOf(args[1]);
                int row = Integer.parseInt(args[0]);
                String[] cells = lines.get(row).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
                cells[column] = args[2];
                lines.set(row, String.join(",", cells));
                Files.write(file, lines);
            }
            case "copy" -> Files.copy(CORPUS.resolve(args[0]), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            case "truncate" -> {
                byte[] bytes = Files.readAllBytes(file);
                Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            }
            case "trailing-comma" -> {
                String text = Files.readString(file);
                int last = text.lastIndexOf(']');
                Files.writeString(file, text.substring(0, last) + ",\n  " + text.substring(last));
            }
            case "bad-byte" -> {
                byte[] bytes = Files.readAllBytes(file);
                int at = Files.readString(file).indexOf("\"name\": \"") + "\"name\": \"".length();
                byte[] out = new byte[bytes.length + 1];
                System.arraycopy(bytes, 0, out, 0, at);
                out[at] = (byte) 0xFF;
                System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
                Files.write(file, out);
            }
            case "huge" -> Files.writeString(file, "{\"name\": \"huge\", \"description\": \""
                    + "x".repeat((int) JsonInput.MAX_BYTES) + "\"}\n");
            case "delete" -> deleteAll(file);
            case "fifo" -> {
                deleteAll(file);
                Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).start();
                try {
                    if (mkfifo.waitFor() != 0) {
                        throw new IllegalStateException("mkfifo " + file + " failed");
                    }
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            case "link-to" -> {
                deleteAll(file);
                Files.createSymbolicLink(file, Path.of(args[0]));
            }
            case "delete-drl" -> {
                try (Stream<Path> files = Files.list(file)) {
                    for (Path drl : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                        Files.delete(drl);
                    }
                }
            }
            default -> throw new IllegalArgumentException("unknown change " + op);
        }
    }

    /** Sets or removes the value at a path like {@code hardware[0].devices[0].memoryGb} in a JSON file. */
    private static void edit(Path file, String op, String path, String value) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        List<String> steps = new ArrayList<>();
        Matcher step = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]").matcher(path);
        while (step.find()) {
            steps.add(step.group(1) != null ? step.group(1) : "#" + step.group(2));
        }
        JsonNode parent = root;
        for (String s : steps.subList(0, steps.size() - 1)) {
            parent = s.startsWith("#") ? parent.get(Integer.parseInt(s.substring(1))) : parent.get(s);
        }
        String last = steps.get(steps.size() - 1);
        JsonNode node = op.equals("remove") ? null : parse(value);
        if (last.startsWith("#")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1)), node);
        } else if (node == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, node);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            return TextNode.valueOf(value);
        }
    }

    static Path copyOf(Path from, Path to) throws IOException {
        return dev.rigadvisor.TestFolders.copy(from, to);
    }

    private static void deleteAll(Path path) throws IOException {
        if (Files.notExists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    String[] commandLine(Workspace space) {
        String line = space.fill(args == null || args.isBlank() ? DEFAULT_ARGS : args);
        return line.split(" ");
    }

    /**
     * The pattern the error's file and place must match: "-" for no place (the file named anywhere in the line),
     * "line:col" and "line" for any numbers there, and a JSON path may follow a line and column.
     */
    Pattern location(Workspace space) {
        String file = Pattern.quote(space.fill(names));
        if (place.equals("-")) {
            return Pattern.compile(file);
        }
        String at = Pattern.quote(place).replace("line:col", "\\E\\d+:\\d+\\Q").replace("line", "\\E\\d+\\Q");
        return Pattern.compile(file + (place.startsWith("$") ? "(:\\d+:\\d+)?: " : ":") + at);
    }
}
