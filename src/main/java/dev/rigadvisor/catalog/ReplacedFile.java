package dev.rigadvisor.catalog;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file whole: the bytes go to a hidden temp file beside it, which is then renamed over it, so a reader
 * sees the old contents or the new, never a part (where the file system cannot rename atomically, a plain
 * rename). The audit store, which must also survive a power cut, has its own {@code AtomicFile}.
 */
public final class ReplacedFile {

    private ReplacedFile() {
    }

    /** The replaced file keeps its permissions (a temp file is created owner-only). */
    private static void keepMode(Path target, Path temp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(target).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } else if (!Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, bytes);
            keepMode(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
