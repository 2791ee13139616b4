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
        return layers != null && kvHeads != null && headDim != null;
    }
}
