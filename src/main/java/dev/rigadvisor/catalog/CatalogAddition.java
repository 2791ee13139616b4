package dev.rigadvisor.catalog;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Adds one entry to a catalog file: the catalog is loaded with the entry in memory and checked as a whole, then
 * the entry is appended to the file's list in the files' style, leaving every other byte of the file as it was,
 * and the file is replaced atomically with its mode kept. The target is a user catalog folder (see
 * {@link UserCatalog}) or, given the facts folder itself, the shipped files. Additions to one folder take a lock
 * ({@code .catalog.lock} in it), so processes adding at the same time each land in turn.
 */
public final class CatalogAddition {

    private static final String LOCK_FILE = ".catalog.lock";

    /** Threads of one process take this first: a file lock is held per process, not per thread. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private CatalogAddition() {
    }

    /** Adds a machine to {@code hardware.json} in the facts folder; returns the file written. */
    public static Path add(Path factsDir, Hardware entry) {
        return add(factsDir, factsDir, entry);
    }

    /** Adds a model to {@code models.json} in the facts folder; returns the file written. */
    public static Path add(Path factsDir, Model entry) {
        return add(factsDir, factsDir, entry);
    }

    /** Adds a machine to {@code target/hardware.json}, over the catalog of {@code factsDir}; returns the file. */
    public static Path add(Path factsDir, Path target, Hardware entry) {
        return locked(target, () -> {
            Catalog now = current(factsDir, target);
            Path file = target.resolve("hardware.json");
            List<Hardware> inFile = Files.exists(file)
                    ? new ArrayList<>(JsonInput.read(file, Catalog.HardwareFile.class).hardware()) : new ArrayList<>();
            refuseDuplicate(file, "$.hardware[" + inFile.size() + "]", now.hardware(entry.id()).isPresent(), entry.id());
            inFile.add(entry);
            List<Hardware> all = new ArrayList<>(now.hardware());
            all.add(entry);
            check(new Catalog(all, now.models(), now.quantizations(), now.parameters()), file, "hardware");
            String text = Files.exists(file) ? appended(file, entry) : fresh("hardware", entry);
            verify(file, text, t -> JsonInput.parse(file.toString(), t, Catalog.HardwareFile.class).hardware(), inFile);
            replace(file, text);
            return file;
        });
    }

    /** Adds a model to {@code target/models.json}, over the catalog of {@code factsDir}; returns the file. */
    public static Path add(Path factsDir, Path target, Model entry) {
        return locked(target, () -> {
            Catalog now = current(factsDir, target);
            Path file = target.resolve("models.json");
            List<Model> inFile = Files.exists(file)
                    ? new ArrayList<>(JsonInput.read(file, Catalog.ModelFile.class).models()) : new ArrayList<>();
            refuseDuplicate(file, "$.models[" + inFile.size() + "]", now.model(entry.id()).isPresent(), entry.id());
            inFile.add(entry);
            List<Model> all = new ArrayList<>(now.models());
            all.add(entry);
            check(new Catalog(now.hardware(), all, now.quantizations(), now.parameters()), file, "models");
            String text = Files.exists(file) ? appended(file, entry) : fresh("models", entry);
            verify(file, text, t -> JsonInput.parse(file.toString(), t, Catalog.ModelFile.class).models(), inFile);
            replace(file, text);
            return file;
        });
    }

    private interface Write {
        Path run();
    }

    private static Path locked(Path target, Write write) {
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new BadInput(target.toString(), "", "cannot create the folder: " + e.getMessage());
        }
        IN_PROCESS.lock();
        try (FileChannel channel = FileChannel.open(target.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            return write.run();
        } catch (IOException e) {
            throw new BadInput(target.resolve(LOCK_FILE).toString(), "", "cannot lock the catalog: " + e.getMessage());
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private static Catalog current(Path factsDir, Path target) {
        Catalog shipped = Catalog.load(factsDir);
        boolean shippedFiles = target.toAbsolutePath().normalize().equals(factsDir.toAbsolutePath().normalize());
        return shippedFiles ? shipped : UserCatalog.overlay(shipped, target);
    }

    private static void refuseDuplicate(Path file, String at, boolean present, String id) {
        if (present) {
            throw new BadInput(file.toString(), at + ".id", "duplicate id \"" + id + "\": the catalog already has it");
        }
    }

    /** The whole catalog's checks, with the new entry (the last) placed in the file it goes to. */
    private static void check(Catalog catalog, Path file, String key) {
        int machines = catalog.hardware().size();
        int models = catalog.models().size();
        List<Catalog.Origin> hw = new ArrayList<>();
        List<Catalog.Origin> md = new ArrayList<>();
        for (int i = 0; i < machines; i++) {
            hw.add(new Catalog.Origin(key.equals("hardware") && i == machines - 1 ? file.toString() : "the catalog",
                    "$.hardware[" + i + "]"));
        }
        for (int i = 0; i < models; i++) {
            md.add(new Catalog.Origin(key.equals("models") && i == models - 1 ? file.toString() : "the catalog",
                    "$.models[" + i + "]"));
        }
        new Catalog.CatalogCheck(catalog, hw, md, "quantizations", "parameters").run();
    }

    private static <T> void verify(Path file, String text, Function<String, List<T>> parse, List<T> expected) {
        if (!parse.apply(text).equals(expected)) {
            throw new IllegalStateException("the rewritten " + file + " does not read back as written");
        }
        CatalogSchema.check(file.toString(), file.getFileName().toString().replace(".json", ""), text);
    }

    /** A new file holding one entry. */
    static String fresh(String key, Object entry) {
        return "{\n  \"" + key + "\": [\n" + EntryJson.like("").write(entry, 4) + "\n  ]\n}\n";
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
