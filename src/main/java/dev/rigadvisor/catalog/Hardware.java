package dev.rigadvisor.catalog;

import java.util.List;
import java.util.Map;

/**
 * A machine a person can buy: one or more devices (GPU cards or a unified-memory chip),
 * the system RAM that layers can spill into, and what it costs and runs.
 */
public record Hardware(
        String id,
        String name,
        String option,
        List<Device> devices,
        Double systemRamGb,
        double priceUsd,
        Double powerW,
        String cpuArch,
        List<String> os,
        boolean portable,
        String source,
        Map<String, String> assumptions) {

    public Hardware {
        devices = devices == null ? List.of() : List.copyOf(devices);
        os = os == null ? List.of() : List.copyOf(os);
        assumptions = assumptions == null ? Map.of() : Map.copyOf(assumptions);
    }

    /** All the fast memory across devices. */
    public double memoryGb() {
        return devices.stream().mapToDouble(Device::memoryGb).sum();
    }

    /** The memory of the largest device: what one model can use without splitting across devices. */
    public double largestDeviceGb() {
        return devices.stream().mapToDouble(Device::memoryGb).max().orElse(0);
    }

    public double bandwidthGbs() {
        return devices.stream().mapToDouble(Device::bandwidthGbs).max().orElse(0);
    }

    public boolean cuda() {
        return devices.stream().anyMatch(Device::cuda);
    }

    public boolean unified() {
        return devices.stream().anyMatch(d -> d.memoryKind() == MemoryKind.unified);
    }

    public int deviceCount() {
        return devices.size();
    }

    /** "dedicated", "unified", or both joined with '+' for a combination of machines. */
    public String memoryKind() {
        return devices.stream().map(d -> d.memoryKind().name()).distinct().reduce((a, b) -> a + "+" + b).orElse("");
    }

    public boolean runsOn(String wantedOs) {
        return wantedOs == null || wantedOs.equals("any") || os.contains(wantedOs);
    }
}
