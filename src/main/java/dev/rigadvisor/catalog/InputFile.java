package dev.rigadvisor.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The one way the tool reads a file: only a regular file (a device, a FIFO, a socket or a folder is refused,
 * named as what it is, before it is opened), and at most a stated number of bytes, counted as they are read, so
 * neither a file that lies about its size (/dev/zero, /proc) nor one that grows while it is read can take the
 * memory or the time. Text must be UTF-8.
 */
public final class InputFile {

    /** The most any scenario, catalog, table or rule file may hold. */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private InputFile() {
    }

    /** The file's bytes, at most {@link #MAX_BYTES}. */
    public static byte[] bytes(Path file) {
        return bytes(file, MAX_BYTES);
    }

    /** The file's bytes, at most {@code limit}; anything that is not a regular file, or is larger, is BadInput. */
    public static byte[] bytes(Path file, long limit) {
        String name = file.toString();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw new BadInput(name, "", "is " + kind(file, attributes) + "; expected a regular file");
            }
            if (attributes.size() > limit) {
                throw tooLarge(name, attributes.size() + " bytes", limit);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                if (read.length > limit) {
                    throw tooLarge(name, "more than " + limit + " bytes", limit);
                }
                return read;
            }
        } catch (NoSuchFileException e) {
            throw new BadInput(name, "", "no such file");
        } catch (IOException e) {
            throw new BadInput(name, "", "cannot read: " + e.getMessage());
        }
    }

    /** The file's text, at most {@link #MAX_BYTES} of strict UTF-8. */
    public static String text(Path file) {
        return text(file, MAX_BYTES);
    }

    public static String text(Path file, long limit) {
        return utf8(file.toString(), bytes(file, limit));
    }

    /** The file's lines, at most {@link #MAX_BYTES} of UTF-8. */
    public static List<String> lines(Path file) {
        return text(file).lines().toList();
    }

    /** The bytes as UTF-8 text; a byte that is not UTF-8 is BadInput at its line, column and offset. */
    public static String utf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstBadByte(bytes);
            throw new BadInput(name, lineAndColumn(bytes, bad), "is not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[bad] & 0xFF) + " at offset " + bad + ")");
        }
    }

    private static BadInput tooLarge(String name, String size, long limit) {
        return new BadInput(name, "", "file is " + size + "; the limit is " + limit);
    }

    /** What a path that is not a regular file is, in words: a folder, a FIFO, a device, a socket. */
    private static String kind(Path file, BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "not a regular file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "not a regular file (a device, FIFO or socket)";
        }
    }

    /** The offset of the first byte that is not UTF-8, found in one pass. */
    private static int firstBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, CharBuffer.allocate(bytes.length), true);
        return result.isError() ? in.position() : 0;
    }

    /** "line:column" of a byte offset, the column counted in bytes from 1. */
    private static String lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }
}
