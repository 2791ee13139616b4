package dev.rigadvisor.catalog;

import java.util.Comparator;
import java.util.List;

/** Filters over the catalogs, for listing: each criterion left null (or false) does not filter. */
public final class CatalogQuery {

    private CatalogQuery() {
    }

    /** Machines with at least this memory, at most this price, on this OS, with CUDA, unified memory, portable. */
    public record Machines(Double minMemoryGb, Double maxPriceUsd, String os, boolean cuda, boolean unified,
                           boolean portable) {

        public boolean matches(Hardware h) {
            return (minMemoryGb == null || h.memoryGb() >= minMemoryGb)
                    && (maxPriceUsd == null || h.priceUsd() <= maxPriceUsd)
                    && (os == null || h.runsOn(os))
                    && (!cuda || h.cuda()) && (!unified || h.unified()) && (!portable || h.portable());
        }

        /** The matching machines, by memory then price. */
        public List<Hardware> in(Catalog catalog) {
            return catalog.hardware().stream().filter(this::matches)
                    .sorted(Comparator.comparingDouble(Hardware::memoryGb).thenComparingDouble(Hardware::priceUsd)
                            .thenComparing(Hardware::id)).toList();
        }
    }

    /** Models of this kind, within these sizes (total parameters, billions), MoE only if asked. */
    public record Models(Model.Modality kind, Double minParamsB, Double maxParamsB, boolean moe) {

        public boolean matches(Model m) {
            return (kind == null || m.modality() == kind)
                    && (minParamsB == null || m.totalParamsB() >= minParamsB)
                    && (maxParamsB == null || m.totalParamsB() <= maxParamsB)
                    && (!moe || m.moe());
        }

        /** The matching models, by kind then size. */
        public List<Model> in(Catalog catalog) {
            return catalog.models().stream().filter(this::matches)
                    .sorted(Comparator.comparing(Model::modality).thenComparingDouble(Model::totalParamsB)
                            .thenComparing(Model::id)).toList();
        }
    }
}
