package dev.rigadvisor.catalog;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The header of a GGUF file (version 2 or 3): its metadata and its tensor infos, read without the weights that
 * follow. Each tensor's bytes follow from its type's block layout (ggml: elements per block, bytes per block), so
 * the weight bytes are exact. Layout as the GGUF specification (ggml docs/gguf.md) describes it, little-endian.
 */
public record GgufHeader(int version, Map<String, Object> metadata, List<Tensor> tensors) {

    private static final int MAGIC = 0x46554747; // "GGUF" read as a little-endian uint32
    private static final long MAX_COUNT = 1L << 24;
    private static final long MAX_STRING = 1L << 26;

    /** One tensor: its name, shape and ggml type, and the bytes it holds. */
    public record Tensor(String name, long[] shape, int type) {
        public long elements() {
            long n = 1;
            for (long d : shape) {
                n = Math.multiplyExact(n, d);
            }
            return n;
        }

        public long bytes() {
            int[] layout = GgmlType.layout(type);
            return elements() / layout[0] * layout[1];
        }
    }

    /** Reads the header of {@code file}; a BadInput naming the file and the byte offset where it is not GGUF. */
    public static GgufHeader read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             Reader in = new Reader(new DataInputStream(new BufferedInputStream(raw, 1 << 16)), file.toString())) {
            return in.header();
        } catch (EOFException e) {
            throw new BadInput(file.toString(), "", "ends inside its GGUF header: the file is cut short");
        } catch (ArithmeticException e) {
            throw new BadInput(file.toString(), "", "has a tensor with more elements than a 64-bit count holds");
        } catch (IOException e) {
            throw new BadInput(file.toString(), "", "cannot read: " + e.getMessage());
        }
    }

    public long weightBytes() {
        return tensors.stream().mapToLong(Tensor::bytes).sum();
    }

    public long parameters() {
        return tensors.stream().mapToLong(Tensor::elements).sum();
    }

    /** Bytes per ggml type name, largest first. */
    public Map<String, Long> bytesByType() {
        Map<String, Long> totals = new LinkedHashMap<>();
        tensors.forEach(t -> totals.merge(GgmlType.name(t.type()), t.bytes(), Long::sum));
        Map<String, Long> byType = new LinkedHashMap<>();
        totals.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> byType.put(e.getKey(), e.getValue()));
        return byType;
    }

    public String architecture() {
        return text("general.architecture");
    }

    public String text(String key) {
        Object v = metadata.get(key);
        return v instanceof String s ? s : null;
    }

    /** An integer value under {@code <architecture>.<key>}, or null; the first element of a per-layer array. */
    public Long archNumber(String key) {
        return number(architecture() + "." + key);
    }

    public Long number(String key) {
        Object v = metadata.get(key);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Number n) {
            return n.longValue();
        }
        return null;
    }

    /** Reads the binary layout, keeping track of the offset for error messages. */
    private static final class Reader implements AutoCloseable {
        private final DataInputStream in;
        private final String file;
        private long offset;

        Reader(DataInputStream in, String file) {
            this.in = in;
            this.file = file;
        }

        GgufHeader header() throws IOException {
            int magic = u32();
            if (magic != MAGIC) {
                throw bad(0, "is not a GGUF file (it does not start with \"GGUF\")");
            }
            int version = u32();
            if (version != 2 && version != 3) {
                throw bad(4, "is GGUF version " + version + "; versions 2 and 3 are read");
            }
            long tensorCount = count("tensor count");
            long kvCount = count("metadata count");
            Map<String, Object> metadata = new LinkedHashMap<>();
            for (long i = 0; i < kvCount; i++) {
                String key = string();
                metadata.put(key, value(u32()));
            }
            List<Tensor> tensors = new ArrayList<>();
            for (long i = 0; i < tensorCount; i++) {
                long at = offset;
                String name = string();
                int dims = u32();
                if (dims < 1 || dims > 8) {
                    throw bad(at, "tensor \"" + name + "\" has " + dims + " dimensions");
                }
                long[] shape = new long[dims];
                for (int d = 0; d < dims; d++) {
                    shape[d] = u64();
                    if (shape[d] < 0) {
                        throw bad(at, "tensor \"" + name + "\" has a dimension beyond 2^63");
                    }
                }
                int type = u32();
                if (!GgmlType.known(type)) {
                    throw bad(at, "tensor \"" + name + "\" has ggml type " + type + ", which is not known here");
                }
                u64(); // offset of the tensor's data, not needed: the weights are not read
                tensors.add(new Tensor(name, shape, type));
            }
            return new GgufHeader(version, metadata, tensors);
        }

        private Object value(int type) throws IOException {
            return switch (type) {
                case 0 -> (long) u8();
                case 1 -> (long) (byte) u8();
                case 2 -> (long) (Short.toUnsignedInt(Short.reverseBytes(s16())));
                case 3 -> (long) Short.reverseBytes(s16());
                case 4 -> Integer.toUnsignedLong(u32());
                case 5 -> (long) u32();
                case 6 -> (double) Float.intBitsToFloat(u32());
                case 7 -> u8() != 0;
                case 8 -> string();
                case 9 -> array();
                case 10, 11 -> u64();
                case 12 -> Double.longBitsToDouble(u64());
                default -> throw bad(offset - 4, "metadata value type " + type + " is not a GGUF type");
            };
        }

        private List<Object> array() throws IOException {
            int type = u32();
            long n = count("array length");
            List<Object> values = new ArrayList<>();
            boolean keep = type != 8 || n <= 64; // long string arrays (the vocabulary) are skipped, not kept
            for (long i = 0; i < n; i++) {
                Object v = value(type);
                if (keep) {
                    values.add(v);
                }
            }
            return values;
        }

        private String string() throws IOException {
            long n = u64();
            if (n < 0 || n > MAX_STRING) {
                throw bad(offset - 8, "a string of " + n + " bytes: the header is damaged");
            }
            byte[] bytes = new byte[(int) n];
            in.readFully(bytes);
            offset += n;
            return new String(bytes, StandardCharsets.UTF_8);
        }

        private long count(String what) throws IOException {
            long n = u64();
            if (n < 0 || n > MAX_COUNT) {
                throw bad(offset - 8, "a " + what + " of " + n + ": the header is damaged");
            }
            return n;
        }

        private int u8() throws IOException {
            offset += 1;
            return in.readUnsignedByte();
        }

        private short s16() throws IOException {
            offset += 2;
            return in.readShort();
        }

        private int u32() throws IOException {
            offset += 4;
            return Integer.reverseBytes(in.readInt());
        }

        private long u64() throws IOException {
            offset += 8;
            return Long.reverseBytes(in.readLong());
        }

        private BadInput bad(long at, String problem) {
            return new BadInput(file, "byte " + at, problem);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
