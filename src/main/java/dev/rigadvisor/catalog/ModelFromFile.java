package dev.rigadvisor.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model described by its own file instead of by the catalog: a GGUF file's header (exact weight bytes per tensor
 * type, attention geometry and context), or a Hugging Face config.json (geometry and context; parameters counted
 * from the shapes the config gives). No numbers are invented: what the file does not say stays unknown, and the
 * rules then use their fallbacks and say so.
 */
public final class ModelFromFile {

    private static final List<String> OPEN_LICENCES = List.of("apache-2.0", "apache 2.0", "mit", "bsd-3-clause");

    private ModelFromFile() {
    }

    /** The model a GGUF file holds, named {@code name} (or the file's general.name, or its file name). */
    public static Model gguf(Path file, String name) {
        GgufHeader h = GgufHeader.read(file);
        String arch = h.architecture();
        if (arch == null) {
            throw new BadInput(file.toString(), "general.architecture", "is missing: not a model GGUF");
        }
        if (h.tensors().isEmpty()) {
            throw new BadInput(file.toString(), "tensors", "the header lists no tensors: a vocabulary-only GGUF?");
        }
        String display = firstOf(name, h.text("general.name"), file.getFileName().toString().replaceFirst("\\.gguf$", ""));
        double totalB = h.parameters() / 1e9;
        Double activeB = activeParams(h);
        Long blocks = h.archNumber("block_count");
        Long heads = h.archNumber("attention.head_count");
        KvLayers kv = kvLayers(h.metadata().get(arch + ".attention.head_count_kv"), blocks);
        Long keyLength = h.archNumber("attention.key_length");
        Long embedding = h.archNumber("embedding_length");
        Integer headDim = keyLength != null ? (Integer) keyLength.intValue()
                : embedding != null && heads != null && heads > 0 ? (int) (embedding / heads) : null;
        Long latent = h.archNumber("attention.kv_lora_rank");
        Long rope = h.archNumber("rope.dimension_count");
        Long window = h.archNumber("attention.sliding_window");
        Attention attention = null;
        Integer layers = kv.layers();
        Integer kvHeads = kv.heads();
        if (latent != null && latent > 0) {
            attention = new Attention(Attention.Kind.mla, null, null,
                    (int) (latent + (rope == null ? 0 : rope)), heads == null ? null : heads.intValue());
            kvHeads = null;
            headDim = null;
            layers = blocks == null ? null : blocks.intValue();
        } else if (window != null && window > 0) {
            attention = new Attention(Attention.Kind.sliding, window.intValue(), null, null,
                    heads == null ? null : heads.intValue());
        } else if (heads != null) {
            attention = new Attention(Attention.Kind.gqa, null, null, null, heads.intValue());
        }
        String format = h.bytesByType().keySet().stream().map(GgmlType::format).filter(f -> f != null)
                .findFirst().orElse(null);
        Map<String, String> assumptions = new LinkedHashMap<>();
        List<Footprint> footprints = List.of();
        String bytes = String.format("%.2f GB of weights: %s", h.weightBytes() / 1e9, describe(h.bytesByType()));
        if (format != null) {
            footprints = List.of(new Footprint(format, null, h.weightBytes() / 1e9, null,
                    "exact weight bytes from the GGUF header (" + bytes + ")", "GGUF header of " + file.getFileName()));
        }
        if (window != null && window > 0) {
            assumptions.put("attention", "the GGUF header gives a " + window + "-token sliding window but not which layers "
                    + "use it, so every layer is sized as global (an overestimate of the KV cache)");
        }
        String licence = h.text("general.license");
        Long context = h.archNumber("context_length");
        return new Model(slug(display), display, List.of(), Model.Modality.llm,
                activeB == null ? Model.Architecture.dense : Model.Architecture.moe, round(totalB), activeB, layers,
                kvHeads, layers == null ? null : headDim, attention, context == null ? null : context.intValue(), List.of(),
                licence, licence != null && OPEN_LICENCES.contains(licence.toLowerCase()), footprints,
                "GGUF header of " + file + " (" + arch + ", " + h.tensors().size() + " tensors, " + bytes + ")",
                assumptions);
    }

    /** The model a Hugging Face config.json describes; its parameters must be given (the config has no count). */
    public static Model hfConfig(Path file, String name, Double paramsB, Double activeB) {
        JsonNode c = JsonInput.parse(file.toString(), JsonInput.readText(file), JsonNode.class);
        JsonNode t = c.has("text_config") ? c.get("text_config") : c;
        Integer layers = integer(t, "num_hidden_layers");
        Integer heads = integer(t, "num_attention_heads");
        Integer kvHeads = Optional.ofNullable(integer(t, "num_key_value_heads")).orElse(heads);
        Integer headDim = Optional.ofNullable(integer(t, "head_dim")).orElse(
                integer(t, "hidden_size") != null && heads != null ? integer(t, "hidden_size") / heads : null);
        Integer context = integer(t, "max_position_embeddings");
        Integer window = integer(t, "sliding_window");
        Integer latent = integer(t, "kv_lora_rank");
        Attention attention;
        if (latent != null) {
            Integer rope = integer(t, "qk_rope_head_dim");
            attention = new Attention(Attention.Kind.mla, null, null, latent + (rope == null ? 0 : rope), heads);
            kvHeads = null;
            headDim = null;
        } else if (window != null && t.path("use_sliding_window").asBoolean(true) && !t.path("sliding_window").isNull()) {
            attention = new Attention(Attention.Kind.sliding, window, globalLayers(t, layers), null, heads);
        } else {
            attention = new Attention(Attention.Kind.gqa, null, null, null, heads);
        }
        if (paramsB == null) {
            throw new BadInput("--params", null, "a config.json does not count parameters: give --params B "
                    + "(and --active B for a mixture of experts)");
        }
        Integer experts = Optional.ofNullable(integer(t, "num_local_experts")).orElse(integer(t, "num_experts"));
        if (experts != null && experts > 1 && activeB == null) {
            throw new BadInput("--active", null, file + " describes a mixture of " + experts + " experts: give --active B");
        }
        String display = firstOf(name, text(c, "_name_or_path"), file.getParent() == null ? "config"
                : file.getParent().getFileName().toString());
        Map<String, String> assumptions = new LinkedHashMap<>();
        assumptions.put("totalParamsB", "given on the command line (--params); a config.json holds no parameter count");
        return new Model(slug(display), display, List.of(), Model.Modality.llm,
                activeB == null ? Model.Architecture.dense : Model.Architecture.moe, paramsB, activeB, layers, kvHeads,
                headDim, attention, context, List.of(), null, false, List.of(),
                "Hugging Face config " + file + " (" + text(c, "model_type") + ")", assumptions);
    }

    /** Layers that hold a KV cache and their KV heads: a per-layer list counts only the layers with heads. */
    private record KvLayers(Integer layers, Integer heads) { }

    private static KvLayers kvLayers(Object headCountKv, Long blocks) {
        Integer layers = blocks == null ? null : blocks.intValue();
        if (headCountKv instanceof Number n) {
            return new KvLayers(layers, n.intValue());
        }
        if (headCountKv instanceof List<?> list && !list.isEmpty()) {
            int withCache = 0;
            int most = 0;
            for (Object o : list) {
                int v = ((Number) o).intValue();
                if (v > 0) {
                    withCache++;
                    most = Math.max(most, v);
                }
            }
            return new KvLayers(withCache, most);
        }
        return new KvLayers(null, null);
    }

    /** Active parameters of a mixture of experts: the shared tensors plus the used share of the expert tensors. */
    private static Double activeParams(GgufHeader h) {
        Long experts = h.archNumber("expert_count");
        Long used = h.archNumber("expert_used_count");
        if (experts == null || used == null || experts <= 1) {
            return null;
        }
        long expertParams = h.tensors().stream().filter(t -> t.name().contains("_exps"))
                .mapToLong(GgufHeader.Tensor::elements).sum();
        double active = h.parameters() - expertParams + expertParams * (double) used / experts;
        return round(active / 1e9);
    }

    private static Integer globalLayers(JsonNode t, Integer layers) {
        JsonNode types = t.get("layer_types");
        if (types != null && types.isArray()) {
            int global = 0;
            for (JsonNode type : types) {
                global += "full_attention".equals(type.asText()) ? 1 : 0;
            }
            return global;
        }
        Integer pattern = integer(t, "sliding_window_pattern");
        return pattern != null && layers != null && pattern > 0 ? layers / pattern : null;
    }

    private static String describe(Map<String, Long> byType) {
        StringBuilder out = new StringBuilder();
        byType.forEach((type, b) -> out.append(out.isEmpty() ? "" : ", ").append(type).append(' ')
                .append(String.format("%.2f", b / 1e9)).append(" GB"));
        return out.toString();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.canConvertToInt() ? v.asInt() : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static String firstOf(String... names) {
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                return n.strip();
            }
        }
        return "model";
    }

    /** A kebab-case id from a display name. */
    public static String slug(String name) {
        String s = name.toLowerCase().replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "model" : s;
    }

    private static double round(double billions) {
        return Math.round(billions * 1000) / 1000.0;
    }
}
