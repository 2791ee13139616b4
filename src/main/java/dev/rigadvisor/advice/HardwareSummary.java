package dev.rigadvisor.advice;

import dev.rigadvisor.catalog.Device;
import dev.rigadvisor.catalog.Hardware;

import java.util.List;

/** The facts about a machine a card shows. */
public record HardwareSummary(String id, String name, double memoryGb, String memoryKind, double bandwidthGbs,
                              boolean cuda, double priceUsd, boolean portable, List<String> os, String option,
                              List<DeviceSummary> devices, String source) {

    public record DeviceSummary(String name, double memoryGb, String memoryKind, double bandwidthGbs) {
    }

    public static HardwareSummary of(Hardware h) {
        List<DeviceSummary> devices = h.devices().stream()
                .map((Device d) -> new DeviceSummary(d.name(), d.memoryGb(), d.memoryKind().name(), d.bandwidthGbs()))
                .toList();
        return new HardwareSummary(h.id(), h.name(), h.memoryGb(), h.memoryKind(), h.bandwidthGbs(), h.cuda(),
                h.priceUsd(), h.portable(), h.os(), h.option(), devices, h.source());
    }
}
