package dev.rigadvisor.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds one entry to a catalog file: the catalog is loaded with the entry in memory and checked as a whole, then
 * the entry is appended to the file's list in the files' style, leaving every other byte of the file as it was,
 * and the file is replaced atomically.
 */
public final class CatalogAddition {

    private CatalogAddition() {
    }

    /** Adds a machine to {@code hardware.json}; returns the file written. */
    public static Path add(Path factsDir, Hardware entry) {
        Catalog now = Catalog.load(factsDir);
        Path file = factsDir.resolve("hardware.json");
        String at = "$.hardware[" + now.hardware().size() + "]";
        refuseDuplicate(file, at, now.hardware(entry.id()).isPresent(), entry.id());
        List<Hardware> all = new ArrayList<>(now.hardware());
        all.add(entry);
        check(new Catalog(all, now.models(), now.quantizations(), now.parameters()), factsDir);
        List<Hardware> inFile = new ArrayList<>(JsonInput.read(file, Catalog.HardwareFile.class).hardware());
        inFile.add(entry);
        String text = appended(file, entry);
        if (!JsonInput.parse(file.toString(), text, Catalog.HardwareFile.class).hardware().equals(inFile)) {
            throw new IllegalStateException("the rewritten " + file + " does not read back as written");
        }
        replace(file, text);
        return file;
    }

    /** Adds a model to {@code models.json}; returns the file written. */
    public static Path add(Path factsDir, Model entry) {
        Catalog now = Catalog.load(factsDir);
        Path file = factsDir.resolve("models.json");
        String at = "$.models[" + now.models().size() + "]";
        refuseDuplicate(file, at, now.model(entry.id()).isPresent(), entry.id());
        List<Model> all = new ArrayList<>(now.models());
        all.add(entry);
        check(new Catalog(now.hardware(), all, now.quantizations(), now.parameters()), factsDir);
        List<Model> inFile = new ArrayList<>(JsonInput.read(file, Catalog.ModelFile.class).models());
        inFile.add(entry);
        String text = appended(file, entry);
        if (!JsonInput.parse(file.toString(), text, Catalog.ModelFile.class).models().equals(inFile)) {
            throw new IllegalStateException("the rewritten " + file + " does not read back as written");
        }
        replace(file, text);
        return file;
    }

    private static void refuseDuplicate(Path file, String at, boolean present, String id) {
        if (present) {
            throw new BadInput(file.toString(), at + ".id", "duplicate id \"" + id + "\": the catalog already has it");
        }
    }

    private static void check(Catalog catalog, Path factsDir) {
        new Catalog.CatalogCheck(catalog, factsDir.resolve("hardware.json").toString(),
                factsDir.resolve("models.json").toString(), factsDir.resolve("quantizations.json").toString(),
                factsDir.resolve("parameters.json").toString()).run();
    }

    /** The file's text with the entry added after the last one of its top-level list. */
    static String appended(Path file, Object entry) {
        String text = JsonInput.readText(file);
        int close = text.lastIndexOf(']');
        String before = close < 0 ? "" : text.substring(0, close).stripTrailing();
        if (close < 0 || !text.substring(close + 1).strip().equals("}") || !before.endsWith("}")) {
            throw new BadInput(file.toString(), "", "is not laid out as {\"list\": [ {...}, ... ]}; add the entry by hand");
        }
        return before + ",\n" + EntryJson.like(text).write(entry, 4) + "\n  " + text.substring(close);
    }

    private static void replace(Path file, String text) {
        try {
            ReplacedFile.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInput(file.toString(), "", "cannot write: " + e.getMessage());
        }
    }
}
