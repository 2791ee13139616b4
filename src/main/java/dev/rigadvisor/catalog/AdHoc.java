package dev.rigadvisor.catalog;

import java.util.List;
import java.util.Map;

/** A model or a machine described by its numbers on the command line instead of by a catalog id. */
public final class AdHoc {

    public static final String MODEL_ID = "ad-hoc-model";
    public static final String MACHINE_ID = "ad-hoc-machine";
    private static final String SOURCE = "given on the command line";

    private AdHoc() {
    }

    /** An LLM of {@code paramsB} billion parameters; MoE when {@code activeB} is given; KV geometry all or none. */
    public static Model model(double paramsB, Double activeB, Integer layers, Integer kvHeads, Integer headDim) {
        positive("--params", paramsB, 100_000);
        if (activeB != null) {
            positive("--active", activeB, paramsB);
        }
        int given = (layers == null ? 0 : 1) + (kvHeads == null ? 0 : 1) + (headDim == null ? 0 : 1);
        if (given != 0 && given != 3) {
            throw new BadInput("--layers/--kv-heads/--head-dim", null,
                    "give all three for the KV cache geometry, or none to use the fallback rate");
        }
        if (given == 3) {
            positive("--layers", layers, 10_000);
            positive("--kv-heads", kvHeads, 10_000);
            positive("--head-dim", headDim, 100_000);
        }
        String size = num(paramsB) + "B" + (activeB == null ? "" : " (" + num(activeB) + "B active)");
        return new Model(MODEL_ID, "ad hoc " + size + " LLM", List.of(), Model.Modality.llm,
                activeB == null ? Model.Architecture.dense : Model.Architecture.moe, paramsB, activeB, layers, kvHeads,
                headDim, null, List.of(), null, false, List.of(), SOURCE, Map.of());
    }

    /** One device of {@code memoryGb} at {@code bandwidthGbs}; unified, or dedicated with optional system RAM. */
    public static Hardware machine(double memoryGb, double bandwidthGbs, boolean unified, Double systemRamGb,
                                   boolean cuda) {
        return machine(memoryGb, bandwidthGbs, unified, systemRamGb, cuda ? "cuda" : null, null);
    }

    /** Backends an ad hoc device may name: the speed rules' efficiencies follow them. */
    public static final List<String> BACKENDS = List.of("cuda", "metal", "rocm", "vulkan");

    /**
     * As above, with the device's backend ({@code cuda} for an NVIDIA GPU with CUDA and Flash Attention, {@code metal}
     * for Apple, {@code rocm} or {@code vulkan} for others; null: vulkan) and its FP16 TFLOPS for prefill (null: unknown).
     */
    public static Hardware machine(double memoryGb, double bandwidthGbs, boolean unified, Double systemRamGb,
                                   String backend, Double fp16Tflops) {
        if (backend != null && !BACKENDS.contains(backend)) {
            throw new BadInput("--backend", null, NearestName.hint("backend", backend, BACKENDS));
        }
        if (fp16Tflops != null) {
            positive("--tflops", fp16Tflops, 100_000);
        }
        boolean cuda = "cuda".equals(backend);
        positive("--memory-gb", memoryGb, 4096);
        positive("--bandwidth-gbs", bandwidthGbs, 100_000);
        if (systemRamGb != null) {
            positive("--system-ram-gb", systemRamGb, 65_536);
            if (unified) {
                throw new BadInput("--system-ram-gb", null, "a unified-memory machine has no separate system RAM");
            }
        }
        MemoryKind kind = unified ? MemoryKind.unified : MemoryKind.dedicated;
        String description = num(memoryGb) + " GB " + kind + ", " + num(bandwidthGbs) + " GB/s";
        Device device = new Device("ad hoc device (" + description + ")", memoryGb, kind, bandwidthGbs, fp16Tflops,
                cuda ? List.of("cuda", "flash-attention") : backend == null || backend.equals("vulkan") ? List.of()
                        : List.of(backend));
        return new Hardware(MACHINE_ID, "Ad hoc machine (" + description + ")", null, List.of(device), systemRamGb, 0,
                null, null, "metal".equals(backend) ? List.of("macos") : backend != null ? List.of("windows", "linux")
                : List.of("macos", "windows", "linux"), false, SOURCE, Map.of());
    }

    /** The model under a name the user gave (--name): its id is the name in kebab case. */
    public static Model named(Model m, String name) {
        if (name == null || name.isBlank()) {
            return m;
        }
        return new Model(ModelFromFile.slug(name), name.strip(), m.aliases(), m.modality(), m.architecture(),
                m.totalParamsB(), m.activeParamsB(), m.layers(), m.kvHeads(), m.headDim(), m.attention(),
                m.maxContextTokens(), m.requires(), m.licence(), m.commercialUse(), m.footprints(), m.source(),
                m.assumptions());
    }

    /** The machine under a name the user gave (--machine-name): its id is the name in kebab case. */
    public static Hardware named(Hardware h, String name) {
        if (name == null || name.isBlank()) {
            return h;
        }
        return new Hardware(ModelFromFile.slug(name), name.strip(), h.option(), h.devices(), h.systemRamGb(),
                h.priceUsd(), h.powerW(), h.cpuArch(), h.os(), h.portable(), h.source(), h.assumptions());
    }

    private static void positive(String flag, double value, double max) {
        if (!Double.isFinite(value) || value <= 0 || value > max) {
            throw new BadInput(flag, null, "must be above 0 and at most " + num(max) + ", found " + num(value));
        }
    }

    private static String num(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
