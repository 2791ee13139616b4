package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.FitCheck;
import dev.rigadvisor.advice.FitReport;
import dev.rigadvisor.catalog.AdHoc;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.Model;
import dev.rigadvisor.catalog.ModelFromFile;
import dev.rigadvisor.catalog.NearestName;
import dev.rigadvisor.render.FitText;
import dev.rigadvisor.render.JsonCard;
import dev.rigadvisor.render.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Can a model run on a machine, and how fast? Prints the memory (weights, KV cache, overhead, "
                + "total), where it fits (fully in GPU memory, split with system RAM, or not at all), the estimated "
                + "tokens/s, time to first token or per image/clip, and the advice that applied. Without --quant, the task's "
                + "target format (the one you would run), with higher formats that also fit and their speed cost.",
        footer = {"", "Examples:", "  rig fit qwen3-32b --on rtx-4090-build",
                "  rig fit qwen3-30b-a3b --on mac-mini-m4-pro-24 --quant Q4_K_M --context 32768",
                "  rig fit --params 32.8 --memory-gb 24 --bandwidth-gbs 1008 --system-ram-gb 64",
                "  rig fit --params 80 --active 3 --on rtx-5060-ti-16-build --format json",
                "  rig fit --params 70 --memory-gb 128 --unified --bandwidth-gbs 256 --backend vulkan --tflops 59",
                "  rig fit --gguf ~/models/Qwen3-8B-Q4_K_M.gguf --on mac-mini-m4-16",
                "  rig fit --hf-config config.json --params 8.2 --name 'My 8B' --memory-gb 24 --bandwidth-gbs 936",
                "", "Exit codes: 0 it fits, 1 it does not fit, 2 bad input, 3 rules fail to build."})
final class FitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MODEL", arity = "0..1", description = "A catalog model id or alias.")
    String modelId;

    @Option(names = "--gguf", paramLabel = "FILE",
            description = "A model from its GGUF file: exact weight bytes per tensor type, attention geometry and "
                    + "context are read from the header (the weights are not read).")
    Path gguf;

    @Option(names = "--hf-config", paramLabel = "FILE",
            description = "A model from its Hugging Face config.json (geometry and context), with --params (and --active).")
    Path hfConfig;

    @Option(names = "--name", paramLabel = "NAME", description = "A name for an ad hoc, GGUF or config model.")
    String name;

    @Option(names = "--machine-name", paramLabel = "NAME", description = "A name for an ad hoc machine.")
    String machineName;

    @Option(names = "--params", paramLabel = "B", description = "Ad hoc model: total parameters in billions.")
    Double params;

    @Option(names = "--active", paramLabel = "B", description = "Ad hoc MoE model: active parameters in billions.")
    Double active;

    @Option(names = "--layers", paramLabel = "N", description = "Ad hoc model: layers (with --kv-heads, --head-dim).")
    Integer layers;

    @Option(names = "--kv-heads", paramLabel = "N", description = "Ad hoc model: key/value heads.")
    Integer kvHeads;

    @Option(names = "--head-dim", paramLabel = "N", description = "Ad hoc model: dimensions per head.")
    Integer headDim;

    @Option(names = "--why", description = "List every rule that fired, not only those that picked, sized and fitted it.")
    boolean why;

    @Option(names = "--on", paramLabel = "ID", description = "A catalog machine id.")
    String on;

    @Option(names = "--memory-gb", paramLabel = "GB", description = "Ad hoc machine: GPU or unified memory.")
    Double memoryGb;

    @Option(names = "--bandwidth-gbs", paramLabel = "GB/S", description = "Ad hoc machine: memory bandwidth.")
    Double bandwidthGbs;

    @Option(names = "--unified", description = "Ad hoc machine: the memory is unified (shared with the CPU).")
    boolean unified;

    @Option(names = "--system-ram-gb", paramLabel = "GB", description = "Ad hoc machine: system RAM a GPU can spill into.")
    Double systemRamGb;

    @Option(names = "--cuda", description = "Ad hoc machine: an NVIDIA GPU (CUDA and Flash Attention); same as --backend cuda.")
    boolean cuda;

    @Option(names = "--backend", paramLabel = "NAME",
            description = "Ad hoc machine: cuda, metal, rocm or vulkan; the speed estimate's efficiency follows it. Default: vulkan (cuda with --cuda).")
    String backend;

    @Option(names = "--tflops", paramLabel = "TFLOPS", description = "Ad hoc machine: FP16 TFLOPS, for the time to first token.")
    Double tflops;

    @Option(names = "--quant", paramLabel = "Q", description = "The format to try first, e.g. Q4_K_M, Q8_0, FP16.")
    String quant;

    @Option(names = "--context", paramLabel = "TOKENS", description = "Context length. Default: the rules' default.")
    Integer context;

    @Option(names = "--task", paramLabel = "TASK", defaultValue = "chat",
            description = "What the LLM is for; it sets the target format the rules start from. Default: ${DEFAULT-VALUE}.")
    String task;

    @Option(names = "--resolution", paramLabel = "RES", description = "For a video model: 480p, 720p or 1080p.")
    String resolution;

    @Mixin
    ReportOutput output;

    @Mixin
    Knowledge knowledge;

    @Override
    public Integer call() {
        Advisor advisor = knowledge.advisor();
        Model model = model(advisor.catalog());
        String usedTask = model.modality() == Model.Modality.llm ? task : "generate";
        // a GGUF file is one format: the one its header states, unless --quant asks for another
        String format = quant == null && gguf != null && !model.footprints().isEmpty()
                ? model.footprints().get(0).quantization() : quant;
        FitReport report = new FitCheck(advisor).check(model, machine(advisor.catalog()), usedTask, format, context,
                resolution);
        String text = switch (output.format) {
            case json -> JsonCard.render(report);
            case text -> new FitText(Style.forTerminal(), why).render(report);
            default -> throw output.unsupported("text or json");
        };
        return output.print(text, report.fits() ? ExitCode.OK : ExitCode.NO_HARDWARE);
    }

    private Model model(Catalog catalog) {
        if (modelId != null && params != null) {
            throw new BadInput("MODEL/--params", null, "give a catalog model or --params, not both");
        }
        int sources = (modelId != null ? 1 : 0) + (gguf != null ? 1 : 0) + (hfConfig != null ? 1 : 0);
        if (sources > 1 || gguf != null && params != null) {
            throw new BadInput("MODEL/--gguf/--hf-config/--params", null,
                    "give one model: a catalog id, --gguf FILE, --hf-config FILE (with --params) or --params");
        }
        if (gguf != null) {
            return ModelFromFile.gguf(gguf, name);
        }
        if (hfConfig != null) {
            return ModelFromFile.hfConfig(hfConfig, name, params, active);
        }
        if (modelId != null) {
            return catalog.model(modelId).orElseThrow(() ->
                    new BadInput("MODEL", null, NearestName.hint("model", modelId, catalog.modelIds())));
        }
        if (params == null) {
            throw new BadInput("MODEL/--params", null, "name a catalog model (rig models) or give --params B");
        }
        return AdHoc.named(AdHoc.model(params, active, layers, kvHeads, headDim), name);
    }

    private Hardware machine(Catalog catalog) {
        boolean adHoc = memoryGb != null || bandwidthGbs != null;
        if (on != null && adHoc) {
            throw new BadInput("--on/--memory-gb", null, "give a catalog machine (--on) or --memory-gb and "
                    + "--bandwidth-gbs, not both");
        }
        if (on != null) {
            return catalog.hardware(on).orElseThrow(() ->
                    new BadInput("--on", null, NearestName.hint("hardware id", on, catalog.hardwareIds())));
        }
        if (memoryGb == null || bandwidthGbs == null) {
            throw new BadInput("--on/--memory-gb", null, "name a machine with --on ID (rig hardware), or give both "
                    + "--memory-gb and --bandwidth-gbs");
        }
        return AdHoc.named(AdHoc.machine(memoryGb, bandwidthGbs, unified, systemRamGb, cuda ? "cuda" : backend, tflops),
                machineName);
    }
}
