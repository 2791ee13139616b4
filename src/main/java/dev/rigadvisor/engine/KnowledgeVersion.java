package dev.rigadvisor.engine;

import dev.rigadvisor.catalog.InputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A hash of every file under the rules and facts folders (names and contents, in name order): two runs with
 * the same version used the same guidance.
 */
public final class KnowledgeVersion {

    private KnowledgeVersion() {
    }

    public static String of(Path rulesDir, Path factsDir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            add(digest, "rules", rulesDir);
            add(digest, "facts", factsDir);
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every regular file under a folder, by relative path, '/'-separated. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted((a, b) -> dir.relativize(a).toString().replace('\\', '/')
                            .compareTo(dir.relativize(b).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(MessageDigest digest, String root, Path dir) {
        for (Path file : files(dir)) {
            String name = root + "/" + dir.relativize(file).toString().replace('\\', '/');
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(InputFile.bytes(file));
            digest.update((byte) 0);
        }
    }
}
