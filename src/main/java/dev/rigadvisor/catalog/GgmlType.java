package dev.rigadvisor.catalog;

import java.util.Map;

/**
 * The ggml tensor types a GGUF file names by number, with their block layout (elements per block, bytes per
 * block) as the GGUF specification and gguf-py's constants give them, and the catalog format each stands for.
 */
final class GgmlType {

    private record Layout(String name, int blockElements, int blockBytes) { }

    private static final Map<Integer, Layout> TYPES = Map.ofEntries(
            Map.entry(0, new Layout("F32", 1, 4)),
            Map.entry(1, new Layout("F16", 1, 2)),
            Map.entry(2, new Layout("Q4_0", 32, 18)),
            Map.entry(3, new Layout("Q4_1", 32, 20)),
            Map.entry(6, new Layout("Q5_0", 32, 22)),
            Map.entry(7, new Layout("Q5_1", 32, 24)),
            Map.entry(8, new Layout("Q8_0", 32, 34)),
            Map.entry(9, new Layout("Q8_1", 32, 40)),
            Map.entry(10, new Layout("Q2_K", 256, 84)),
            Map.entry(11, new Layout("Q3_K", 256, 110)),
            Map.entry(12, new Layout("Q4_K", 256, 144)),
            Map.entry(13, new Layout("Q5_K", 256, 176)),
            Map.entry(14, new Layout("Q6_K", 256, 210)),
            Map.entry(15, new Layout("Q8_K", 256, 292)),
            Map.entry(16, new Layout("IQ2_XXS", 256, 66)),
            Map.entry(17, new Layout("IQ2_XS", 256, 74)),
            Map.entry(18, new Layout("IQ3_XXS", 256, 98)),
            Map.entry(19, new Layout("IQ1_S", 256, 50)),
            Map.entry(20, new Layout("IQ4_NL", 32, 18)),
            Map.entry(21, new Layout("IQ3_S", 256, 110)),
            Map.entry(22, new Layout("IQ2_S", 256, 82)),
            Map.entry(23, new Layout("IQ4_XS", 256, 136)),
            Map.entry(24, new Layout("I8", 1, 1)),
            Map.entry(25, new Layout("I16", 1, 2)),
            Map.entry(26, new Layout("I32", 1, 4)),
            Map.entry(27, new Layout("I64", 1, 8)),
            Map.entry(28, new Layout("F64", 1, 8)),
            Map.entry(29, new Layout("IQ1_M", 256, 56)),
            Map.entry(30, new Layout("BF16", 1, 2)),
            Map.entry(34, new Layout("TQ1_0", 256, 54)),
            Map.entry(35, new Layout("TQ2_0", 256, 66)),
            Map.entry(39, new Layout("MXFP4", 32, 17)));

    /** The catalog format (quantizations.json id) a tensor type stands for when it holds most of a file's bytes. */
    private static final Map<String, String> FORMAT = Map.ofEntries(
            Map.entry("F32", "FP16"), Map.entry("F16", "FP16"), Map.entry("BF16", "FP16"),
            Map.entry("Q8_0", "Q8_0"), Map.entry("Q6_K", "Q6_K"), Map.entry("Q5_K", "Q5_K_M"),
            Map.entry("Q5_0", "Q5_K_M"), Map.entry("Q5_1", "Q5_K_M"), Map.entry("Q4_K", "Q4_K_M"),
            Map.entry("Q4_0", "Q4_K_M"), Map.entry("Q4_1", "Q4_K_M"), Map.entry("IQ4_XS", "Q4_K_M"),
            Map.entry("IQ4_NL", "Q4_K_M"), Map.entry("Q3_K", "Q3_K_M"), Map.entry("IQ3_S", "Q3_K_M"),
            Map.entry("IQ3_XXS", "Q3_K_M"), Map.entry("MXFP4", "MXFP4"));

    private GgmlType() {
    }

    static boolean known(int type) {
        return TYPES.containsKey(type);
    }

    /** {elements per block, bytes per block}. */
    static int[] layout(int type) {
        Layout l = TYPES.get(type);
        return new int[] {l.blockElements(), l.blockBytes()};
    }

    static String name(int type) {
        Layout l = TYPES.get(type);
        return l == null ? "type " + type : l.name();
    }

    /** The catalog format nearest to a ggml type name, or null for types below 3 bits. */
    static String format(String typeName) {
        return FORMAT.get(typeName);
    }
}
