package dev.rigadvisor.render;

import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.Model;

import java.util.List;

/** The hardware and model catalogs as tables. */
public final class CatalogListing {

    private CatalogListing() {
    }

    public static Table hardware(List<Hardware> machines) {
        Table table = new Table("ID", "MEMORY", "KIND", "BANDWIDTH", "CUDA", "PRICE", "OS", "PORTABLE", "NAME");
        machines.forEach(h -> table.row(h.id(), Numbers.gb(h.memoryGb()), h.memoryKind(),
                Numbers.num(h.bandwidthGbs()) + " GB/s", h.cuda() ? "yes" : "no", Numbers.usd(h.priceUsd()),
                String.join("/", h.os()), h.portable() ? "yes" : "no", h.name()));
        return table;
    }

    public static Table models(List<Model> models) {
        Table table = new Table("ID", "KIND", "PARAMS", "ARCH", "NEEDS", "LICENCE", "NAME");
        models.forEach(m -> table.row(m.id(), m.modality().name(), Numbers.num(m.totalParamsB()) + "B"
                        + (m.activeParamsB() == null ? "" : " (" + Numbers.num(m.activeParamsB()) + "B active)"),
                m.architecture().name(), m.requires().isEmpty() ? "-" : String.join("+", m.requires()),
                m.licence() == null ? "-" : m.licence(), m.name()));
        return table;
    }
}
