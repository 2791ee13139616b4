package dev.rigadvisor.catalog;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * A file the tool is about to write (a saved scenario, a batch's cards), checked first: it has a name, its folder
 * exists, and it is not a folder, a device or a FIFO, which a write that replaces the file would replace.
 */
public final class WrittenFile {

    private WrittenFile() {
    }

    /** The file's absolute path; BadInput naming the file when it cannot be written as a file. */
    public static Path checked(Path file, String purpose) {
        String name = file.toString();
        if (name.isBlank()) {
            throw new BadInput("<empty file name>", null, "give a file name to " + purpose);
        }
        if (Files.isDirectory(file)) {
            throw new BadInput(name, null, "is a folder; give a file name to " + purpose);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInput(name, null, "is not a regular file (a link, device or FIFO); give a file name to "
                    + purpose);
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new BadInput(name, null, "its folder does not exist");
        }
        return file.toAbsolutePath();
    }
}
