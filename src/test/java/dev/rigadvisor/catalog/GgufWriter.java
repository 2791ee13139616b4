package dev.rigadvisor.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a GGUF version 3 header in the real binary layout (little-endian: magic, version, tensor count, metadata
 * count, metadata key/type/value, tensor infos with shape, ggml type and data offset), padded to the 32-byte
 * alignment. The tensor data itself is not written: the tests read headers only.
 */
final class GgufWriter {

    private final List<byte[]> metadata = new ArrayList<>();
    private final List<byte[]> tensors = new ArrayList<>();
    private long dataOffset;

    GgufWriter text(String key, String value) {
        Out o = new Out().string(key).u32(8).string(value);
        metadata.add(o.bytes());
        return this;
    }

    GgufWriter u32(String key, long value) {
        metadata.add(new Out().string(key).u32(4).u32((int) value).bytes());
        return this;
    }

    GgufWriter f32(String key, float value) {
        metadata.add(new Out().string(key).u32(6).u32(Float.floatToIntBits(value)).bytes());
        return this;
    }

    /** An array of int32 values (type 9 holding type 5), as per-layer values are stored. */
    GgufWriter i32s(String key, int... values) {
        Out o = new Out().string(key).u32(9).u32(5).u64(values.length);
        for (int v : values) {
            o.u32(v);
        }
        metadata.add(o.bytes());
        return this;
    }

    /** An array of strings, as the vocabulary is stored. */
    GgufWriter texts(String key, String... values) {
        Out o = new Out().string(key).u32(9).u32(8).u64(values.length);
        for (String v : values) {
            o.string(v);
        }
        metadata.add(o.bytes());
        return this;
    }

    /** A tensor of ggml {@code type} and {@code shape} (elements along each dimension, innermost first). */
    GgufWriter tensor(String name, int type, long... shape) {
        Out o = new Out().string(name).u32(shape.length);
        for (long d : shape) {
            o.u64(d);
        }
        o.u32(type).u64(dataOffset);
        tensors.add(o.bytes());
        dataOffset += 32; // the offsets only need to be aligned and increasing here; no data follows
        return this;
    }

    Path write(Path file) {
        Out o = new Out().raw("GGUF".getBytes(StandardCharsets.US_ASCII)).u32(3).u64(tensors.size()).u64(metadata.size());
        metadata.forEach(o::raw);
        tensors.forEach(o::raw);
        while (o.size() % 32 != 0) {
            o.raw(new byte[] {0});
        }
        try {
            Files.write(file, o.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static final class Out {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Out u32(int v) {
            return raw(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
        }

        Out u64(long v) {
            return raw(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
        }

        Out string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            return u64(b.length).raw(b);
        }

        Out raw(byte[] b) {
            out.writeBytes(b);
            return this;
        }

        int size() {
            return out.size();
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
