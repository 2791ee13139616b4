package dev.rigadvisor.cli;

import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.Model;
import dev.rigadvisor.catalog.NearestName;
import dev.rigadvisor.catalog.Platform;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Scenarios;
import dev.rigadvisor.catalog.Workload;
import dev.rigadvisor.catalog.WorkloadSpec;
import dev.rigadvisor.catalog.Amounts;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A scenario written as flags instead of a JSON file. */
public class ScenarioFlags {

    /** Where flag-built scenarios say they came from, in cards and errors. */
    static final String SOURCE = "<command line>";

    @Option(names = "--llm", paramLabel = "TASK[:QUALITY]", description = "An LLM workload, e.g. coding, writing:hero.")
    List<String> llm = new ArrayList<>();

    @Option(names = "--image", paramLabel = "TASK[:QUALITY]", description = "An image workload: generate or edit.")
    List<String> image = new ArrayList<>();

    @Option(names = "--video", paramLabel = "TASK[:RES|QUALITY]", description = "A video workload, e.g. generate:720p.")
    List<String> video = new ArrayList<>();

    @Option(names = "--fine-tune", paramLabel = "METHOD", description = "A fine-tuning workload: lora, qlora or full.")
    List<String> fineTune = new ArrayList<>();

    @Option(names = "--context", paramLabel = "TOKENS", converter = TokenCount.class,
            description = "Context length for the LLM workloads, e.g. 32768, 32K, 128k or 1M.")
    Integer context;

    @Option(names = "--parallel", paramLabel = "N", description = "Contexts served at once by the LLM workloads.")
    Integer parallel;

    @Option(names = "--model", paramLabel = "ID", description = "Pin a catalog model (id or alias) on the first "
            + "workload of its kind.")
    List<String> models = new ArrayList<>();

    @Option(names = "--budget", paramLabel = "USD", converter = Dollars.class,
            description = "Most you will spend, e.g. 3500, $3,500 or 3.5k. Default: no limit.")
    Double budget;

    @Option(names = "--os", paramLabel = "OS", description = "macos, windows, linux or any. Default: any.")
    String os;

    @Option(names = "--portable", description = "It must be a laptop.")
    boolean portable;

    @Option(names = "--cuda", description = "CUDA is a must.")
    boolean cuda;

    @Option(names = "--api-spend", paramLabel = "USD", converter = Dollars.class,
            description = "What you spend on AI APIs a month, e.g. 150 or $150.")
    double apiSpend;

    @Option(names = "--together", paramLabel = "IDS", split = ",",
            description = "Workload ids run at the same time (comma-separated, or 'all'), e.g. llm-coding,image-generate.")
    List<String> together = new ArrayList<>();

    @Option(names = "--considering", paramLabel = "ID", split = ",", description = "Catalog machines you are weighing.")
    List<String> considering = new ArrayList<>();

    @Option(names = "--name", paramLabel = "TEXT", description = "A name for the scenario.")
    String name;

    /** A token count as people write it (catalog.Amounts). */
    static final class TokenCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Amounts.tokens(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A sum of dollars as people write it (catalog.Amounts). */
    static final class Dollars implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                return Amounts.dollars(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    boolean any() {
        return !(llm.isEmpty() && image.isEmpty() && video.isEmpty() && fineTune.isEmpty());
    }

    /** The scenario these flags describe, checked against the catalog. */
    Scenario scenario(Catalog catalog) {
        if (!any()) {
            throw new BadInput("--llm/--image/--video/--fine-tune", null,
                    "describe at least one workload, e.g. --llm coding or --image generate:hero");
        }
        Set<String> ids = new HashSet<>();
        List<Workload> workloads = new ArrayList<>();
        llm.forEach(t -> workloads.add(WorkloadSpec.parse("--llm", Workload.Kind.llm, t, ids)));
        image.forEach(t -> workloads.add(WorkloadSpec.parse("--image", Workload.Kind.image, t, ids)));
        video.forEach(t -> workloads.add(WorkloadSpec.parse("--video", Workload.Kind.video, t, ids)));
        fineTune.forEach(t -> workloads.add(WorkloadSpec.parse("--fine-tune", Workload.Kind.fine_tune, t, ids)));
        List<Workload> sized = workloads.stream().map(this::sized).toList();
        List<Workload> pinned = pinned(sized, catalog);
        Scenario scenario = new Scenario(name != null ? name : title(pinned), null,
                budget != null ? budget : Scenarios.MAX_BUDGET_USD,
                new Platform(os, portable, cuda ? "required" : "any"), apiSpend, pinned, groups(pinned),
                considering, null, null);
        Scenarios.check(scenario, SOURCE, catalog);
        return scenario;
    }

    private Workload sized(Workload w) {
        if (w.kind() != Workload.Kind.llm) {
            return w;
        }
        return new Workload(w.id(), w.kind(), w.task(), w.quality(), context, parallel, w.resolution(), w.model(),
                w.quantization());
    }

    private List<Workload> pinned(List<Workload> workloads, Catalog catalog) {
        List<Workload> out = new ArrayList<>(workloads);
        for (String id : models) {
            Model model = catalog.model(id).orElseThrow(() ->
                    new BadInput("--model", null, NearestName.hint("model", id, catalog.modelIds())));
            String kind = model.modality().name();
            int at = -1;
            for (int i = 0; i < out.size() && at < 0; i++) {
                Workload w = out.get(i);
                String wanted = w.kind() == Workload.Kind.fine_tune ? "llm" : w.kind().name();
                if (w.model() == null && wanted.equals(kind)) {
                    at = i;
                }
            }
            if (at < 0) {
                throw new BadInput("--model", null, "\"" + model.id() + "\" is a " + kind + " model, and no " + kind
                        + " workload is left to pin it on");
            }
            Workload w = out.get(at);
            out.set(at, new Workload(w.id(), w.kind(), w.task(), w.quality(), w.contextTokens(), w.parallel(),
                    w.resolution(), model.id(), null));
        }
        return out;
    }

    private List<List<String>> groups(List<Workload> workloads) {
        if (together.isEmpty()) {
            return List.of();
        }
        if (together.equals(List.of("all"))) {
            return List.of(workloads.stream().map(Workload::id).toList());
        }
        return List.of(List.copyOf(together));
    }

    private static String title(List<Workload> workloads) {
        return "Asked: " + String.join(", ", workloads.stream().map(w -> w.kindName() + " " + w.task()
                + (w.resolution() == null ? "" : " " + w.resolution())).toList());
    }
}
