package dev.rigadvisor.catalog;

import java.util.List;
import java.util.Map;

/** An open-weight model: its size, architecture, what it needs to run, and the footprints the documents state. */
public record Model(
        String id,
        String name,
        List<String> aliases,
        Modality modality,
        Architecture architecture,
        double totalParamsB,
        Double activeParamsB,
        Integer layers,
        Integer kvHeads,
        Integer headDim,
        Attention attention,
        Integer maxContextTokens,
        List<String> requires,
        String licence,
        boolean commercialUse,
        List<Footprint> footprints,
        String source,
        Map<String, String> assumptions) {

    public enum Modality { llm, image, video }

    public enum Architecture { dense, moe, diffusion }

    public Model {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        requires = requires == null ? List.of() : List.copyOf(requires);
        footprints = footprints == null ? List.of() : List.copyOf(footprints);
        assumptions = assumptions == null ? Map.of() : Map.copyOf(assumptions);
    }

    /** A model whose attention is plain: every layer caches every token (or whose geometry is unknown). */
    public Model(String id, String name, List<String> aliases, Modality modality, Architecture architecture,
                 double totalParamsB, Double activeParamsB, Integer layers, Integer kvHeads, Integer headDim,
                 Integer maxContextTokens, List<String> requires, String licence, boolean commercialUse,
                 List<Footprint> footprints, String source, Map<String, String> assumptions) {
        this(id, name, aliases, modality, architecture, totalParamsB, activeParamsB, layers, kvHeads, headDim, null,
                maxContextTokens, requires, licence, commercialUse, footprints, source, assumptions);
    }

    /** Parameters read per generated token: the active ones for a MoE model, all of them otherwise. */
    public double activeParams() {
        return activeParamsB == null ? totalParamsB : activeParamsB;
    }

    public boolean moe() {
        return architecture == Architecture.moe;
    }

    public boolean needs(String feature) {
        return requires.contains(feature);
    }

    public boolean hasKvGeometry() {
        return layers != null && (kvHeads != null && headDim != null || latent());
    }

    /** Latent attention (MLA): the cache holds one compressed vector per token per layer. */
    public boolean latent() {
        return attention != null && attention.kind() == Attention.Kind.mla && attention.latentDim() != null;
    }

    /** Layers that cache the whole context: all of them, unless a sliding window or chunks limit the others. */
    public int globalLayers() {
        return attention != null && attention.globalLayers() != null && windowed() ? attention.globalLayers() : layers;
    }

    public boolean windowed() {
        return attention != null && attention.window() != null
                && (attention.kind() == Attention.Kind.sliding || attention.kind() == Attention.Kind.chunked);
    }
}
