package dev.rigadvisor.bench;

import dev.rigadvisor.catalog.InputFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bigger knowledge made from the shipped one, for measuring how evaluation grows: a facts folder whose
 * hardware and models appear {@code times} times (each copy with new ids, names and no aliases), and a rules
 * folder whose DRL files appear {@code times} times (each copy in a package of its own).
 */
public final class ScaledKnowledge {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;?");

    private ScaledKnowledge() {
    }

    /** A copy of {@code facts} into {@code target} with every hardware entry and model {@code times} times. */
    public static Path facts(Path facts, int times, Path target) throws IOException {
        copy(facts, target);
        multiply(target.resolve("hardware.json"), "hardware", times);
        multiply(target.resolve("models.json"), "models", times);
        return target;
    }

    /** A copy of {@code rules} into {@code target} with each DRL file {@code times} times, in packages of their own. */
    public static Path rules(Path rules, int times, Path target) throws IOException {
        copy(rules, target);
        try (var list = Files.list(rules)) {
            for (Path drl : list.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                String text = InputFile.text(drl);
                for (int copy = 2; copy <= times; copy++) {
                    Matcher m = PACKAGE.matcher(text);
                    String renamed = m.find() ? m.replaceFirst("package " + m.group(1) + "_copy" + copy + ";")
                            : "package copy" + copy + ";\n" + text;
                    String name = drl.getFileName().toString().replace(".drl", "-copy" + copy + ".drl");
                    Files.writeString(target.resolve(name), renamed, StandardCharsets.UTF_8);
                }
            }
        }
        return target;
    }

    private static void multiply(Path file, String field, int times) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ArrayNode entries = (ArrayNode) root.get(field);
        List<JsonNode> originals = toList(entries);
        for (int copy = 2; copy <= times; copy++) {
            for (JsonNode original : originals) {
                ObjectNode entry = original.deepCopy();
                entry.set("id", new TextNode(original.get("id").asText() + "-copy" + copy));
                entry.set("name", new TextNode(original.get("name").asText() + " (copy " + copy + ")"));
                if (entry.has("aliases")) {
                    entry.set("aliases", JSON.createArrayNode());
                }
                shortenProse(entry, "copy " + copy + " of " + original.get("id").asText());
                entries.add(entry);
            }
        }
        JSON.writeValue(file.toFile(), root);
    }

    /** Sources and notes of a copy say only what it copies: 100 copies of the full prose exceed the file limit. */
    private static void shortenProse(JsonNode node, String text) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                JsonNode value = object.get(name);
                if (value.isTextual() && (name.equals("source") || name.equals("note") || name.equals("assumption"))) {
                    object.set(name, new TextNode(text));
                } else {
                    shortenProse(value, text);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> shortenProse(item, text));
        }
    }

    private static List<JsonNode> toList(ArrayNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    /** Removes a folder these methods made, with everything in it. */
    public static void remove(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A folder copied as it is (the knowledge at 1x), for experiments that must not touch the original. */
    public static Path copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
        return to;
    }
}
