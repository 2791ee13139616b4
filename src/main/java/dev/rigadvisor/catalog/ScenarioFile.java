package dev.rigadvisor.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a scenario as the JSON that {@link Scenarios#load} reads back, atomically, never over a file unasked. */
public final class ScenarioFile {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ScenarioFile() {
    }

    public static String json(Scenario scenario) {
        try {
            return MAPPER.writeValueAsString(scenario) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the scenario as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A value as the JSON tree a scenario file holds (nulls left out). */
    public static com.fasterxml.jackson.databind.JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Writes the scenario to {@code file}: refuses an existing file unless {@code replace}; never leaves half a file. */
    public static void write(Path file, Scenario scenario, boolean replace) {
        String name = file.toString();
        Path dir = WrittenFile.checked(file, "save the scenario to").getParent();
        if (Files.exists(file) && !replace) {
            throw new BadInput(name, null, "already exists; use --force to replace it");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, ".scenario-", ".json.tmp");
            Files.writeString(temp, json(scenario), StandardCharsets.UTF_8);
            readableByOthers(temp);
            move(temp, file, replace);
        } catch (FileAlreadyExistsException e) {
            throw new BadInput(name, null, "already exists; use --force to replace it");
        } catch (IOException e) {
            throw new BadInput(name, null, "cannot write: " + e.getMessage());
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void move(Path temp, Path file, boolean replace) throws IOException {
        if (!replace) {
            // Link fails if the name was taken meanwhile, so a file that appeared is never replaced.
            try {
                Files.createLink(file, temp);
            } catch (UnsupportedOperationException e) {
                Files.move(temp, file);
            }
            return;
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void readableByOthers(Path temp) throws IOException {
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // A stray temporary file is harmless; the scenario itself is complete or absent.
            }
        }
    }
}
