package dev.rigadvisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the shipped folders that a test may edit. */
public final class TestFolders {

    private TestFolders() {
    }

    /** Copies {@code from} (a folder) to {@code to}, recursively; returns {@code to}. */
    public static Path copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code old} in a file, failing when it is not there exactly once. */
    public static void edit(Path file, String old, String replacement) {
        try {
            String text = Files.readString(file);
            int at = text.indexOf(old);
            if (at < 0 || text.indexOf(old, at + 1) >= 0) {
                throw new IllegalArgumentException(file + " does not hold \"" + old + "\" exactly once");
            }
            Files.writeString(file, text.replace(old, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
