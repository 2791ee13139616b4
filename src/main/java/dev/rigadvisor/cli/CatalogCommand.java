package dev.rigadvisor.cli;

import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.CatalogAddition;
import dev.rigadvisor.catalog.CatalogReview;
import dev.rigadvisor.catalog.Device;
import dev.rigadvisor.catalog.Footprint;
import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.MemoryKind;
import dev.rigadvisor.catalog.Model;
import dev.rigadvisor.catalog.ModelFromFile;
import dev.rigadvisor.catalog.NearestName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "catalog", mixinStandardHelpOptions = true, description = "Check the catalogs, and add your own machines and models.",
        subcommands = {CatalogCommand.Check.class, CatalogCommand.AddHardware.class, CatalogCommand.AddModel.class})
final class CatalogCommand extends CommandGroup {

    /** Fills required values that were not given as flags by asking on standard input, one line each. */
    static final class Prompt {
        private final picocli.CommandLine.Model.CommandSpec spec;
        private BufferedReader in;

        Prompt(picocli.CommandLine.Model.CommandSpec spec) {
            this.spec = spec;
        }

        <T> T value(T given, String flag, String question, Function<String, T> parse) {
            if (given != null) {
                return given;
            }
            spec.commandLine().getErr().print(question + ": ");
            spec.commandLine().getErr().flush();
            String line = readLine();
            if (line == null || line.isBlank()) {
                throw new BadInput("command line", flag, "is required (give " + flag + " or answer the prompt)");
            }
            try {
                return parse.apply(line.strip());
            } catch (RuntimeException e) {
                throw new BadInput("command line", flag, "\"" + line.strip() + "\" is not valid: " + e.getMessage());
            }
        }

        /** The source, asked for only when there is neither a source nor an assumption. */
        String source(String given, Map<String, String> assumptions) {
            return given != null || assumptions != null ? given
                    : value(null, "--source", "source (document and section)", s -> s);
        }

        private String readLine() {
            try {
                if (in == null) {
                    in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                }
                return in.readLine();
            } catch (IOException e) {
                return null;
            }
        }
    }

    static <E extends Enum<E>> E named(Class<E> type, String flag, String what, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new BadInput("command line", flag, NearestName.hint(what, text,
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    }

    static double number(String flag, String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInput("command line", flag, "\"" + text + "\" is not a number");
        }
    }

    static Double optionalNumber(String flag, String text) {
        return text == null || text.isBlank() ? null : number(flag, text);
    }

    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static int done(picocli.CommandLine.Model.CommandSpec spec, Path file, String id) {
        spec.commandLine().getOut().println("added " + id + " to " + file);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Load and validate every catalog file (facts/hardware.json, facts/hardware/*.json, "
                    + "facts/models.json, facts/models/*.json, ..., and your catalog's) and report near-duplicate ids and "
                    + "names and a device described with different figures. Exit 0 when clean, 1 with findings, 2 when a "
                    + "file is invalid.",
            footer = {"", "Example:", "  rig catalog check"})
    static final class Check implements Callable<Integer> {
        @Mixin
        Knowledge knowledge;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            CatalogReview review = CatalogReview.of(knowledge.factsDir(), knowledge.userCatalogDir());
            var out = spec.commandLine().getOut();
            out.println(review.machines() + " machines and " + review.models() + " models in " + review.files().size()
                    + " files: valid");
            review.findings().forEach(f -> out.println("  " + f));
            out.println(review.clean() ? "no near-duplicates" : review.findings().size() + " finding(s)");
            out.flush();
            return review.clean() ? ExitCode.OK : ExitCode.NO_HARDWARE;
        }
    }

    @Command(name = "add-hardware", mixinStandardHelpOptions = true,
            description = "Validate a machine and add it to your catalog (hardware.json in --user-catalog DIR, default ~/.config/rig-advisor), which overlays the shipped one. Values not given as flags are asked "
                    + "for (questions on standard error, answers from standard input, which may be piped).",
            footer = {"", "Example:", "  rig catalog add-hardware --id rtx-4090-build --name 'RTX 4090 build' \\",
                    "    --device 'NVIDIA GeForce RTX 4090;24;dedicated;1008;165;cuda+flash-attention' \\",
                    "    --system-ram 64 --price 3000 --power 450 --cpu-arch x86 --os windows,linux \\",
                    "    --source 'MF, Speed Benchmarks (RTX 4090)' --assume 'priceUsd=assumption: typical 2026 price'"})
    static final class AddHardware implements Callable<Integer> {
        @Option(names = "--id") String id;
        @Option(names = "--name") String name;
        @Option(names = "--option", description = "MF option letter A-D, if it is one.") String option;
        @Option(names = "--device", paramLabel = "NAME;GB;KIND;GB/S[;TFLOPS][;FEATURE+FEATURE]",
                description = "A memory pool: name, memory GB, dedicated or unified, bandwidth GB/s, then optional "
                        + "TFLOPS and features joined by +. Repeat for several devices.")
        List<String> devices;
        @Option(names = "--system-ram", paramLabel = "GB") Double systemRamGb;
        @Option(names = "--price", paramLabel = "USD") Double priceUsd;
        @Option(names = "--power", paramLabel = "W") Double powerW;
        @Option(names = "--cpu-arch", paramLabel = "x86|arm") String cpuArch;
        @Option(names = "--os", split = ",", paramLabel = "OS") List<String> os;
        @Option(names = "--portable") boolean portable;
        @Option(names = "--source", description = "Document and section the values come from.") String source;
        @Option(names = "--assume", paramLabel = "FIELD=ORIGIN",
                description = "A value that is an assumption, with its origin. Repeatable.")
        Map<String, String> assumptions;

        @Mixin
        Knowledge knowledge;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Prompt ask = new Prompt(spec);
            String theId = ask.value(id, "--id", "id (kebab-case, e.g. rtx-4090-build)", s -> s);
            String theName = ask.value(name, "--name", "name", s -> s);
            List<String> deviceSpecs = ask.value(devices, "--device",
                    "device (NAME;GB;dedicated|unified;GB/S[;TFLOPS][;cuda+...])", List::of);
            List<Device> parsed = new ArrayList<>();
            deviceSpecs.forEach(d -> parsed.add(device(d)));
            double price = ask.value(priceUsd, "--price", "price in USD", s -> number("--price", s));
            List<String> systems = ask.value(os, "--os", "operating systems (comma-separated: macos, windows, linux)",
                    s -> Arrays.stream(s.split(",")).map(String::strip).toList());
            String theSource = ask.source(source, assumptions);
            Hardware entry = new Hardware(theId, theName, optional(option), parsed, systemRamGb, price, powerW,
                    optional(cpuArch), systems, portable, theSource,
                    assumptions == null ? Map.of() : new LinkedHashMap<>(assumptions));
            return done(spec, CatalogAddition.add(knowledge.factsDir(), knowledge.userCatalogDir(), entry), theId);
        }

        static Device device(String text) {
            String[] p = text.split(";", -1);
            if (p.length < 4) {
                throw new BadInput("command line", "--device", "\"" + text
                        + "\" needs at least NAME;GB;KIND;GB/S");
            }
            return new Device(p[0].strip(), number("--device", p[1]), named(MemoryKind.class, "--device", "memory kind", p[2].strip()),
                    number("--device", p[3]), p.length > 4 ? optionalNumber("--device", p[4]) : null,
                    p.length > 5 && !p[5].isBlank() ? Arrays.stream(p[5].split("\\+")).map(String::strip).toList()
                            : List.of());
        }
    }

    @Command(name = "add-model", mixinStandardHelpOptions = true,
            description = "Validate a model and add it to your catalog (models.json in --user-catalog DIR, default ~/.config/rig-advisor), which overlays the shipped one. Values not given as flags are asked for "
                    + "(questions on standard error, answers from standard input, which may be piped).",
            footer = {"", "Example:", "  rig catalog add-model --id qwen3-8b --name Qwen3-8B --modality llm \\",
                    "    --architecture dense --total-params 8 --footprint 'Q4_K_M;;5;;;MF, §1' \\",
                    "    --source 'MF, §1 LLM' --assume 'licence=assumption: public model card'"})
    static final class AddModel implements Callable<Integer> {
        @Option(names = "--gguf", paramLabel = "FILE", description = "Take the model from a GGUF file's header: exact "
                + "weight bytes (as a footprint at its format), geometry, context and licence. Flags given override it.")
        Path gguf;
        @Option(names = "--hf-config", paramLabel = "FILE", description = "Take the geometry and context from a Hugging "
                + "Face config.json (with --total-params, and --active-params for a mixture of experts).")
        Path hfConfig;
        @Option(names = "--id") String id;
        @Option(names = "--name") String name;
        @Option(names = "--alias", description = "Another name people type. Repeatable.") List<String> aliases;
        @Option(names = "--modality", paramLabel = "llm|image|video") String modality;
        @Option(names = "--architecture", paramLabel = "dense|moe|diffusion") String architecture;
        @Option(names = "--total-params", paramLabel = "B") Double totalParamsB;
        @Option(names = "--active-params", paramLabel = "B") Double activeParamsB;
        @Option(names = "--layers") Integer layers;
        @Option(names = "--kv-heads") Integer kvHeads;
        @Option(names = "--head-dim") Integer headDim;
        @Option(names = "--max-context", paramLabel = "TOKENS") Integer maxContextTokens;
        @Option(names = "--requires", split = ",", paramLabel = "FEATURE") List<String> requires;
        @Option(names = "--licence") String licence;
        @Option(names = "--commercial", description = "The weights may be used commercially.") boolean commercialUse;
        @Option(names = "--footprint", paramLabel = "QUANT;RES;GB;UPTO_GB;NOTE;SOURCE",
                description = "A memory figure the documents state; empty parts are null. Repeatable.")
        List<String> footprints;
        @Option(names = "--source") String source;
        @Option(names = "--assume", paramLabel = "FIELD=ORIGIN") Map<String, String> assumptions;

        @Mixin
        Knowledge knowledge;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (gguf != null || hfConfig != null) {
                Model read = gguf != null ? ModelFromFile.gguf(gguf, name)
                        : ModelFromFile.hfConfig(hfConfig, name, totalParamsB, activeParamsB);
                Model entry = new Model(id != null ? id : read.id(), read.name(), aliases, read.modality(),
                        read.architecture(), read.totalParamsB(), read.activeParamsB(), read.layers(), read.kvHeads(),
                        read.headDim(), read.attention(), maxContextTokens != null ? maxContextTokens : read.maxContextTokens(),
                        requires, licence != null ? licence : read.licence(), commercialUse || read.commercialUse(),
                        read.footprints(), source != null ? source : read.source(),
                        assumptions == null ? read.assumptions() : new LinkedHashMap<>(assumptions));
                return done(spec, CatalogAddition.add(knowledge.factsDir(), knowledge.userCatalogDir(), entry), entry.id());
            }
            Prompt ask = new Prompt(spec);
            String theId = ask.value(id, "--id", "id (kebab-case, e.g. qwen3-8b)", s -> s);
            String theName = ask.value(name, "--name", "name", s -> s);
            Model.Modality mod = named(Model.Modality.class, "--modality", "modality",
                    ask.value(modality, "--modality", "modality (llm, image, video)", s -> s));
            Model.Architecture arch = named(Model.Architecture.class, "--architecture", "architecture",
                    ask.value(architecture, "--architecture", "architecture (dense, moe, diffusion)", s -> s));
            double total = ask.value(totalParamsB, "--total-params", "total parameters, billions",
                    s -> number("--total-params", s));
            String theSource = ask.source(source, assumptions);
            List<Footprint> prints = footprints == null ? List.of() : footprints.stream().map(AddModel::footprint).toList();
            Model entry = new Model(theId, theName, aliases, mod, arch, total, activeParamsB, layers, kvHeads, headDim,
                    maxContextTokens, requires, optional(licence), commercialUse, prints, theSource,
                    assumptions == null ? Map.of() : new LinkedHashMap<>(assumptions));
            return done(spec, CatalogAddition.add(knowledge.factsDir(), knowledge.userCatalogDir(), entry), theId);
        }

        static Footprint footprint(String text) {
            String[] p = Arrays.copyOf(text.split(";", -1), 6);
            if (optional(p[2]) == null) {
                throw new BadInput("command line", "--footprint", "\"" + text + "\" needs a memory figure: QUANT;RES;GB;...");
            }
            return new Footprint(optional(p[0]), optional(p[1]), number("--footprint", p[2]),
                    optionalNumber("--footprint", p[3]), optional(p[4]), optional(p[5]));
        }
    }
}
