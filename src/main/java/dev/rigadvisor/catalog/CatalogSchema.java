package dev.rigadvisor.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published JSON Schemas of the catalog files ({@code src/main/resources/<kind>.schema.json}: hardware, models,
 * parameters), checked when a file is loaded: a value out of range or a misspelt enum is reported at its place,
 * before the entries are read. Editors can use the same schema files.
 */
public final class CatalogSchema {

    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private CatalogSchema() {
    }

    /** Reads a catalog file of one kind, checked against its schema: BadInput at the first problem's place. */
    public static <T> T read(Path file, String kind, Class<T> type) {
        String text = JsonInput.readText(file);
        T entries = JsonInput.parse(file.toString(), text, type);
        check(file.toString(), kind, text);
        return entries;
    }

    /** Checks a catalog file that has been read already. */
    static void check(Path file, String kind) {
        check(file.toString(), kind, JsonInput.readText(file));
    }

    static void check(String file, String kind, String text) {
        Path memo = memo(kind, text);
        if (memo != null && Files.exists(memo)) {
            return; // this exact text passed this exact schema before
        }
        validate(file, kind, text);
        if (memo != null) {
            try {
                Files.createDirectories(memo.getParent());
                Files.writeString(memo, file + "\n");
            } catch (IOException | RuntimeException e) {
                // the memo only saves time: without it the file is checked again next run
            }
        }
    }

    /**
     * Where a passed check of this text against this schema is remembered: the validator's classes and schemas take
     * most of a second to load, so a catalog file checked once is not checked again until it (or the schema)
     * changes. The folder is the compiled-rules cache ($RIG_CACHE, else $XDG_CACHE_HOME or ~/.cache, /rig-advisor).
     */
    private static Path memo(String kind, String text) {
        try (InputStream in = CatalogSchema.class.getResourceAsStream("/" + kind + ".schema.json")) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in == null ? new byte[0] : in.readAllBytes());
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            String rig = System.getenv("RIG_CACHE");
            String xdg = System.getenv("XDG_CACHE_HOME");
            Path cache = rig != null && !rig.isBlank() ? Path.of(rig)
                    : (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                    .resolve("rig-advisor");
            return cache.resolve("catalog-checked").resolve(kind + "-" + HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }

    private static void validate(String file, String kind, String text) {
        JsonNode tree;
        try {
            tree = JsonInput.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw JsonInput.describe(file, e);
        }
        schema(kind).validate(tree).stream()
                .min(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()))
                .ifPresent(m -> {
                    throw new BadInput(file, m.getInstanceLocation().toString(), problem(m, kind));
                });
    }

    private static String problem(ValidationMessage m, String kind) {
        String message = m.getMessage();
        String at = m.getInstanceLocation().toString() + ": ";
        String problem = message.startsWith(at) ? message.substring(at.length()) : message;
        JsonNode found = m.getInstanceNode();
        return problem + (found == null || found.isContainerNode() ? "" : ", found " + found)
                + " (" + kind + ".schema.json: " + m.getSchemaLocation().getFragment() + ")";
    }

    private static JsonSchema schema(String kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> {
            try (InputStream in = CatalogSchema.class.getResourceAsStream("/" + k + ".schema.json")) {
                if (in == null) {
                    throw new IllegalStateException("no schema " + k + ".schema.json on the class path");
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
