package dev.rigadvisor.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a file whole or not at all: the bytes go to a hidden temp file in the same folder, are forced to
 * disk, then the temp file is renamed over the target in one step. A reader sees the old state or the new,
 * never a part. A temp file left by a killed writer names its process, so it can be removed once that
 * process is gone.
 */
final class AtomicFile {

    private static final Pattern TEMP = Pattern.compile("^\\..+\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$");
    private static final Duration ABANDONED_AFTER = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    static void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        Path temp = folder.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + HexFormat.of().formatHex(suffix) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        forceFolder(folder);
    }

    static boolean isTemp(Path file) {
        return TEMP.matcher(file.getFileName().toString()).matches();
    }

    /**
     * Removes temp files whose writer has died (or that are a day old); a live writer's temp file stays.
     * Tidying is best effort: a file that cannot be removed is left for next time.
     */
    static int removeAbandoned(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> temps;
        try (Stream<Path> files = Files.list(folder)) {
            temps = files.filter(AtomicFile::isTemp).toList();
        } catch (IOException e) {
            return 0;
        }
        int removed = 0;
        for (Path temp : temps) {
            try {
                if (abandoned(temp) && Files.deleteIfExists(temp)) {
                    removed++;
                }
            } catch (IOException e) {
                // left for next time
            }
        }
        return removed;
    }

    private static boolean abandoned(Path temp) throws IOException {
        Matcher m = TEMP.matcher(temp.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        long pid = Long.parseLong(m.group(1));
        boolean writerAlive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        try {
            Instant modified = Files.getLastModifiedTime(temp).toInstant();
            return !writerAlive || modified.isBefore(Instant.now().minus(ABANDONED_AFTER));
        } catch (java.nio.file.NoSuchFileException gone) {
            return false;
        }
    }

    /** Makes the rename itself durable; not every file system lets a folder be opened, which is harmless. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the rename is still atomic; only its durability after a power cut is not forced
        }
    }
}
