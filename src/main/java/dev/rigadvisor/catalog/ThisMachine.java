package dev.rigadvisor.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The machine this runs on, as a hardware fact: NVIDIA GPUs through nvidia-smi, system memory from
 * /proc/meminfo, an Apple chip and its memory through sysctl on macOS. Whatever cannot be found is left out and
 * said in a note; nothing here fails because a tool is missing.
 */
public final class ThisMachine {

    /** The id the detected machine has in the catalog. */
    public static final String ID = "detected";

    /** Runs a program (never a shell) and gives its standard output, or nothing if it is missing, fails or hangs. */
    public interface Commands {
        Optional<String> output(List<String> command);
    }

    /** The machine as a hardware fact, and what detection could not tell. */
    public record Detected(Hardware hardware, List<String> notes) {

        public Detected {
            notes = List.copyOf(notes);
        }
    }

    private final Catalog catalog;
    private final Commands commands;
    private final Path meminfo;
    private final String os;
    private final String arch;

    public ThisMachine(Catalog catalog, Commands commands, Path meminfo, String osName, String archName) {
        this.catalog = catalog;
        this.commands = commands;
        this.meminfo = meminfo;
        String name = osName.toLowerCase(Locale.ROOT);
        this.os = name.contains("mac") || name.contains("darwin") ? "macos" : name.contains("win") ? "windows" : "linux";
        String a = archName.toLowerCase(Locale.ROOT);
        this.arch = a.contains("aarch64") || a.contains("arm") ? "arm" : "x86";
    }

    /** This machine, with programs run for at most {@code timeout} each. */
    public static ThisMachine here(Catalog catalog, Duration timeout) {
        return new ThisMachine(catalog, new Programs(timeout), Path.of("/proc/meminfo"),
                System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    public Detected detect() {
        List<String> notes = new ArrayList<>();
        Map<String, String> assumptions = new LinkedHashMap<>();
        List<Device> devices = new ArrayList<>(nvidiaGpus(notes, assumptions));
        devices.addAll(amdGpus(devices.size(), notes, assumptions));
        devices.addAll(intelGpus(devices.size(), notes, assumptions));
        Double systemRamGb = systemRamGb(notes);
        if ("macos".equals(os)) {
            appleChip(systemRamGb, notes, assumptions).ifPresent(devices::add);
        }
        boolean unified = devices.stream().anyMatch(d -> d.memoryKind() == MemoryKind.unified);
        if (devices.isEmpty()) {
            notes.add("no GPU or Apple chip found: models would run on the CPU from system memory");
        }
        assumptions.put("priceUsd", "already owned: no purchase price");
        assumptions.put("portable", "not detected; taken as not portable");
        String gpus = devices.isEmpty() ? "no GPU" : String.join(" + ", devices.stream().map(Device::name).toList());
        Hardware hardware = new Hardware(ID, "This machine (" + gpus + ")", null, devices,
                unified ? null : systemRamGb, 0, null, arch, List.of(os), false,
                "detected on this machine by rig detect", assumptions);
        nearestInCatalog(hardware).ifPresent(notes::add);
        return new Detected(hardware, notes);
    }

    private List<Device> nvidiaGpus(List<String> notes, Map<String, String> assumptions) {
        Optional<String> out = commands.output(List.of("nvidia-smi", "--query-gpu=name,memory.total",
                "--format=csv,noheader,nounits"));
        if (out.isEmpty()) {
            notes.add("no NVIDIA GPU found (nvidia-smi is missing or failed)");
            return List.of();
        }
        List<Device> devices = new ArrayList<>();
        for (String line : out.get().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            int comma = line.lastIndexOf(',');
            Optional<Double> mib = comma < 0 ? Optional.empty() : number(line.substring(comma + 1));
            if (mib.isEmpty()) {
                notes.add("could not read an nvidia-smi line: " + line);
                continue;
            }
            String name = line.substring(0, comma).strip();
            devices.add(device(name, roundTenth(mib.get() / 1024), MemoryKind.dedicated, List.of("cuda"),
                    "devices[" + devices.size() + "]", notes, assumptions));
        }
        return devices;
    }

    /** AMD GPUs through rocm-smi's JSON report: each card's series and VRAM. */
    private List<Device> amdGpus(int before, List<String> notes, Map<String, String> assumptions) {
        Optional<String> out = commands.output(List.of("rocm-smi", "--showproductname", "--showmeminfo", "vram", "--json"));
        if (out.isEmpty()) {
            return List.of();
        }
        List<Device> devices = new ArrayList<>();
        try {
            JsonNode cards = JsonInput.mapper().readTree(out.get());
            for (var card : (Iterable<Map.Entry<String, JsonNode>>) cards::fields) {
                JsonNode c = card.getValue();
                String series = firstText(c, "Card Series", "Card series", "Card SKU");
                Optional<Double> bytes = number(firstText(c, "VRAM Total Memory (B)", "vram Total Memory (B)"));
                if (series == null || bytes.isEmpty()) {
                    notes.add("could not read rocm-smi's entry for " + card.getKey());
                    continue;
                }
                String name = series.startsWith("AMD") ? series : "AMD " + series;
                double gb = roundTenth(bytes.get() / 1e9);
                if (gb < 4) {
                    notes.add(name + " has " + gb + " GB of its own memory: integrated graphics, which share system RAM");
                    continue;
                }
                devices.add(device(name, gb, MemoryKind.dedicated, List.of("rocm", "vulkan"),
                        "devices[" + (before + devices.size()) + "]", notes, assumptions));
            }
        } catch (IOException | RuntimeException e) {
            notes.add("could not read rocm-smi's report: " + e.getMessage());
        }
        return devices;
    }

    /** Intel GPUs through xpu-smi's JSON discovery: each device's name and physical memory. */
    private List<Device> intelGpus(int before, List<String> notes, Map<String, String> assumptions) {
        Optional<String> out = commands.output(List.of("xpu-smi", "discovery", "-j"));
        if (out.isEmpty()) {
            return List.of();
        }
        List<Device> devices = new ArrayList<>();
        try {
            for (JsonNode d : JsonInput.mapper().readTree(out.get()).path("device_list")) {
                String name = firstText(d, "device_name");
                Optional<Double> bytes = number(firstText(d, "memory_physical_size_byte"));
                if (name == null || bytes.isEmpty()) {
                    notes.add("could not read an xpu-smi device: " + d);
                    continue;
                }
                devices.add(device(name.replace("(R)", "").replace("(TM)", "").replaceAll("\\s+", " ").strip(),
                        roundTenth(bytes.get() / 1e9), MemoryKind.dedicated, List.of("vulkan", "sycl"),
                        "devices[" + (before + devices.size()) + "]", notes, assumptions));
            }
        } catch (IOException | RuntimeException e) {
            notes.add("could not read xpu-smi's report: " + e.getMessage());
        }
        return devices;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node.get(f);
            if (v != null && !v.isNull() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    /**
     * The catalog machine with the same GPUs (as many of each), else the one whose largest device is the same chip,
     * said with what differs: the detected machine is not a catalog entry, so its price and RAM are its own.
     */
    private Optional<String> nearestInCatalog(Hardware here) {
        if (here.devices().isEmpty()) {
            return Optional.empty();
        }
        List<String> mine = here.devices().stream().map(d -> plainChip(d.name())).sorted().toList();
        for (Hardware h : catalog.hardware()) {
            if (h.devices().stream().map(d -> plainChip(d.name())).sorted().toList().equals(mine)) {
                return Optional.of("same GPUs as the catalog's " + h.id() + " (" + h.name() + "); that entry's price ($"
                        + Math.round(h.priceUsd()) + ") and system RAM (" + (h.systemRamGb() == null ? "none"
                        : Math.round(h.systemRamGb()) + " GB") + ") are a purchase's, not this machine's");
            }
        }
        String first = plainChip(here.devices().get(0).name());
        return catalog.hardware().stream()
                .filter(h -> h.devices().stream().anyMatch(d -> plainChip(d.name()).equals(first)))
                .min(java.util.Comparator.comparingInt(h -> Math.abs(h.deviceCount() - here.deviceCount())))
                .map(h -> "nearest catalog entry: " + h.id() + " (" + h.name() + "), with " + h.deviceCount()
                        + " device(s) against " + here.deviceCount() + " here");
    }

    private static String plainChip(String name) {
        return name.toLowerCase(Locale.ROOT).replace("(r)", "").replace("(tm)", "").replaceAll("[^a-z0-9]", "")
                .replaceFirst("graphics$", "");
    }

    private Optional<Device> appleChip(Double memoryGb, List<String> notes, Map<String, String> assumptions) {
        Optional<String> chip = commands.output(List.of("sysctl", "-n", "machdep.cpu.brand_string")).map(String::strip);
        if (chip.isEmpty() || !chip.get().startsWith("Apple")) {
            notes.add("no Apple chip found through sysctl");
            return Optional.empty();
        }
        if (memoryGb == null) {
            notes.add("the memory of " + chip.get() + " could not be read");
            return Optional.empty();
        }
        return Optional.of(device(chip.get(), memoryGb, MemoryKind.unified, List.of(), "devices[0]", notes, assumptions));
    }

    /** A detected device; its bandwidth and features come from the catalog entry of the same chip, if there is one. */
    private Device device(String name, double memoryGb, MemoryKind kind, List<String> features, String at,
                          List<String> notes, Map<String, String> assumptions) {
        Optional<Device> known = catalog.hardware().stream().flatMap(h -> h.devices().stream())
                .filter(d -> sameChip(d.name(), name)).findFirst();
        if (known.isPresent()) {
            assumptions.put(at + ".bandwidthGbs", "from the catalog entry for " + known.get().name());
            return new Device(name, memoryGb, kind, known.get().bandwidthGbs(), known.get().computeTflops(),
                    known.get().features());
        }
        notes.add(name + " is not in the catalog: its memory bandwidth is unknown, so speeds cannot be estimated");
        assumptions.put(at + ".bandwidthGbs", "unknown: " + name + " is not in the catalog");
        return new Device(name, memoryGb, kind, 0, null, features);
    }

    private static boolean sameChip(String catalogName, String detected) {
        String a = catalogName.toLowerCase(Locale.ROOT);
        String b = detected.toLowerCase(Locale.ROOT);
        return a.equals(b) || a.startsWith(b + " (") || plainChip(catalogName).equals(plainChip(detected));
    }

    private Double systemRamGb(List<String> notes) {
        Optional<Double> gb = "macos".equals(os)
                ? commands.output(List.of("sysctl", "-n", "hw.memsize")).flatMap(ThisMachine::number)
                        .map(bytes -> bytes / (1024.0 * 1024 * 1024))
                : memTotalKib().map(kib -> kib / (1024.0 * 1024));
        if (gb.isEmpty()) {
            notes.add("system memory could not be read");
            return null;
        }
        return roundTenth(gb.get());
    }

    private Optional<Double> memTotalKib() {
        try {
            return InputFile.lines(meminfo).stream()
                    .filter(l -> l.startsWith("MemTotal:")).findFirst()
                    .flatMap(l -> number(l.substring("MemTotal:".length()).replace("kB", "")));
        } catch (BadInput e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) && value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static double roundTenth(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    /** Real programs, each given at most the timeout; output goes through a file so a chatty program cannot block. */
    static final class Programs implements Commands {
        private final Duration timeout;

        Programs(Duration timeout) {
            this.timeout = timeout;
        }

        @Override
        public Optional<String> output(List<String> command) {
            Path out = null;
            Process process = null;
            try {
                out = Files.createTempFile("rig-detect-", ".out");
                process = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    return Optional.empty();
                }
                return process.exitValue() == 0 ? Optional.of(InputFile.text(out)) : Optional.empty();
            } catch (IOException | BadInput e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } finally {
                if (process != null && process.isAlive()) {
                    process.destroyForcibly();
                }
                if (out != null) {
                    out.toFile().delete();
                }
            }
        }
    }
}
