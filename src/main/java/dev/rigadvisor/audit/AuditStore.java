package dev.rigadvisor.audit;

import dev.rigadvisor.catalog.InputFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.JsonInput;
import dev.rigadvisor.catalog.NearestName;
import dev.rigadvisor.engine.KnowledgeVersion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The audit folder: one JSON file per run, named by its audit id, each written atomically; and under
 * blobs/ the rule and fact files the runs used, each stored once under the SHA-256 of its content.
 */
public final class AuditStore {

    public static final String BLOBS = "blobs";
    private static final String SUFFIX = ".json";

    /**
     * The most an entry file may hold: its scenario text (at most {@link InputFile#MAX_BYTES}) and a card, which the
     * scenario's stated limits bound (see {@code Scenarios}).
     */
    public static final long MAX_ENTRY_BYTES = 16 * InputFile.MAX_BYTES;
    private static final Pattern HASH = Pattern.compile("^[0-9a-f]{64}$");
    private static final ObjectMapper WRITER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path dir;

    public AuditStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /**
     * A value to be written as JSON in an entry, e.g. a card: it is serialized straight into the entry's file, not
     * built into a tree first (about 10 ms of a cold start). Reading the entry back gives the tree.
     */
    public static JsonNode written(Object value) {
        return JsonNodeFactory.instance.pojoNode(value);
    }

    public static String json(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    public void write(AuditEntry entry) {
        AuditId.check(entry.id());
        try {
            AtomicFile.write(dir.resolve(entry.id() + SUFFIX), json(entry).getBytes(StandardCharsets.UTF_8));
            AtomicFile.removeAbandoned(dir);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    public AuditEntry read(String id) {
        AuditId.check(id);
        Path file = dir.resolve(id + SUFFIX);
        if (!Files.isRegularFile(file)) {
            throw new BadInput(dir.toString(), "", NearestName.hint("audit id", id, ids()));
        }
        return parse(file);
    }

    /** A listed entry, or the problem that keeps it from being read. */
    public record Listed(String id, AuditEntry entry, String problem) {
        public boolean readable() {
            return entry != null;
        }
    }

    /**
     * Every entry's summary, newest first, without building the entries (a store of hundreds of entries lists in
     * a fraction of the time): each file must still be one well-formed JSON object naming its own id, with the
     * scenario, its text and a card. A file that cannot be read is listed with its problem, never fatal.
     */
    public List<EntrySummary> summaries() {
        List<EntrySummary> out = new ArrayList<>();
        for (Path file : entryFiles()) {
            String id = idOf(file);
            try {
                out.add(EntrySummary.read(file, id));
            } catch (BadInput e) {
                out.add(new EntrySummary(id, null, null, null, null, e.getMessage()));
            }
        }
        return out;
    }

    /** Every entry, newest first. A file that cannot be read is listed with its problem, never fatal. */
    public List<Listed> list() {
        List<Listed> out = new ArrayList<>();
        for (Path file : entryFiles()) {
            String id = idOf(file);
            try {
                out.add(new Listed(id, parse(file), null));
            } catch (BadInput e) {
                out.add(new Listed(id, null, e.getMessage()));
            }
        }
        return out;
    }

    /** The ids of the entries present, newest first. */
    public List<String> ids() {
        return entryFiles().stream().map(AuditStore::idOf).toList();
    }

    /** Stores every file under the rules and facts folders as a blob (once) and returns path -> hash. */
    public Map<String, String> keep(Path rulesDir, Path factsDir) {
        Map<String, String> kept = new TreeMap<>();
        knowledgeFiles(rulesDir, factsDir).forEach((name, file) -> {
            byte[] bytes = readBytes(file);
            String hash = sha256(bytes);
            Path blob = dir.resolve(BLOBS).resolve(hash);
            try {
                if (!Files.exists(blob)) {
                    AtomicFile.write(blob, bytes);
                }
            } catch (IOException e) {
                throw cannotWrite(e);
            }
            kept.put(name, hash);
        });
        return kept;
    }

    /** The path -> hash of the rules and facts folders as they are now, storing nothing. */
    public static Map<String, String> hashes(Path rulesDir, Path factsDir) {
        Map<String, String> out = new TreeMap<>();
        knowledgeFiles(rulesDir, factsDir).forEach((name, file) -> out.put(name, sha256(readBytes(file))));
        return out;
    }

    /** "rules/..." and "facts/..." names for every file of the two folders. */
    private static Map<String, Path> knowledgeFiles(Path rulesDir, Path factsDir) {
        Map<String, Path> out = new TreeMap<>();
        KnowledgeVersion.files(rulesDir).forEach(f -> out.put("rules/" + relative(rulesDir, f), f));
        KnowledgeVersion.files(factsDir).forEach(f -> out.put("facts/" + relative(factsDir, f), f));
        return out;
    }

    public byte[] blob(String hash) {
        if (hash == null || !HASH.matcher(hash).matches()) {
            throw new BadInput("blob \"" + hash + "\"", "", "is not a SHA-256 hash (64 hex digits)");
        }
        Path file = dir.resolve(BLOBS).resolve(hash);
        if (!Files.exists(file)) {
            throw new BadInput(file.toString(), "", "no such blob in the audit folder");
        }
        return InputFile.bytes(file);
    }

    /** Removes temp files left by writers that died mid-write; returns how many. */
    public int removeAbandonedTemps() {
        return AtomicFile.removeAbandoned(dir) + AtomicFile.removeAbandoned(dir.resolve(BLOBS));
    }

    private AuditEntry parse(Path file) {
        String name = file.toString();
        String text = InputFile.text(file, MAX_ENTRY_BYTES);
        AuditEntry entry = JsonInput.parse(name, text, AuditEntry.class);
        checkWhole(name, idOf(file), entry.id(),
                entry.card() != null && entry.scenario() != null && entry.scenarioText() != null);
        return entry;
    }

    /** What every reading of an entry file checks: it names the id it is filed under, and it holds a whole run. */
    static void checkWhole(String name, String filedAs, String id, boolean complete) {
        if (!filedAs.equals(id)) {
            throw new BadInput(name, "$.id", "is \"" + id + "\" but the file is named for " + filedAs);
        }
        if (!complete) {
            throw new BadInput(name, "$", "is not a complete audit entry (card, scenario or scenarioText missing)");
        }
    }

    private List<Path> entryFiles() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> AuditId.valid(idOf(f)) && f.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new BadInput(dir.toString(), "", "cannot list the audit folder: " + e.getMessage());
        }
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    private BadInput cannotWrite(IOException e) {
        return new BadInput(dir.toString(), "", "cannot write the audit entry (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + "); choose another folder with --audit-dir, or run with --no-audit");
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    private static byte[] readBytes(Path file) {
        return InputFile.bytes(file);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
