package dev.rigadvisor.render;

import dev.rigadvisor.catalog.Device;
import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.ThisMachine;

/** The detected machine as text: its devices, its system memory, and what could not be found. */
public final class DetectedText {

    private DetectedText() {
    }

    public static String render(ThisMachine.Detected input) {
        ThisMachine.Detected detected = Printable.of(input);
        Hardware h = detected.hardware();
        StringBuilder out = new StringBuilder();
        out.append(h.name()).append('\n');
        out.append("  OS ").append(String.join("/", h.os())).append(", ").append(h.cpuArch()).append(" CPU\n");
        for (Device d : h.devices()) {
            out.append("  device: ").append(d.name()).append(", ").append(Numbers.gb(d.memoryGb())).append(' ')
                    .append(d.memoryKind()).append(", ").append(d.bandwidthGbs() > 0
                            ? Numbers.num(d.bandwidthGbs()) + " GB/s" : "bandwidth unknown")
                    .append(d.features().isEmpty() ? "" : ", " + String.join(", ", d.features())).append('\n');
        }
        if (h.systemRamGb() != null) {
            out.append("  system RAM: ").append(Numbers.gb(h.systemRamGb())).append('\n');
        }
        detected.notes().forEach(n -> out.append("  note: ").append(n).append('\n'));
        out.append("\nUse it as your starting point with --have detect (rig ask ... --have detect).\n");
        return out.toString();
    }
}
