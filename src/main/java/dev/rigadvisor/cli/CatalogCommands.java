package dev.rigadvisor.cli;

import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.CatalogQuery;
import dev.rigadvisor.catalog.Model;
import dev.rigadvisor.catalog.NearestName;
import dev.rigadvisor.render.CatalogListing;
import dev.rigadvisor.render.JsonCard;
import dev.rigadvisor.render.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.concurrent.Callable;

/** The catalog listings: {@code rig hardware} and {@code rig models}. */
final class CatalogCommands {

    private CatalogCommands() {
    }

    static int print(ReportOutput output, List<?> entries, Table table) {
        return output.print(switch (output.format) {
            case text -> table.text();
            case markdown -> table.markdown();
            case json -> JsonCard.render(entries);
            case html -> throw output.unsupported("text, markdown or json");
        }, ExitCode.OK);
    }

    @Command(name = "hardware", mixinStandardHelpOptions = true, description = "List the machines in the catalog.",
            footer = {"", "Examples:", "  rig hardware", "  rig hardware --min-memory 48 --cuda",
                    "  rig hardware --os macos --portable --max-price 3000 --format json"})
    static final class Hardware implements Callable<Integer> {

        @Option(names = "--min-memory", paramLabel = "GB", description = "At least this much GPU or unified memory.")
        Double minMemory;

        @Option(names = "--max-price", paramLabel = "USD", description = "At most this price.")
        Double maxPrice;

        @Option(names = "--os", paramLabel = "OS", description = "Runs this OS: macos, windows or linux.")
        String os;

        @Option(names = "--cuda", description = "Only machines with CUDA.")
        boolean cuda;

        @Option(names = "--unified", description = "Only unified-memory machines.")
        boolean unified;

        @Option(names = "--portable", description = "Only laptops.")
        boolean portable;

        @Mixin
        ReportOutput output;

        @Mixin
        Knowledge knowledge;

        @Override
        public Integer call() {
            List<String> systems = List.of("macos", "windows", "linux");
            if (os != null && !systems.contains(os)) {
                throw new BadInput("--os", null, NearestName.hint("os", os, systems));
            }
            Catalog catalog = knowledge.catalog();
            var machines = new CatalogQuery.Machines(minMemory, maxPrice, os, cuda, unified, portable).in(catalog);
            return print(output, machines, CatalogListing.hardware(machines));
        }
    }

    @Command(name = "models", mixinStandardHelpOptions = true, description = "List the models in the catalog.",
            footer = {"", "Examples:", "  rig models", "  rig models --kind llm --max-params 40",
                    "  rig models --kind image --format json", "  rig models --moe"})
    static final class Models implements Callable<Integer> {

        @Option(names = "--kind", paramLabel = "KIND", description = "llm, image or video.")
        Model.Modality kind;

        @Option(names = "--min-params", paramLabel = "B", description = "At least this many parameters (billions).")
        Double minParams;

        @Option(names = "--max-params", paramLabel = "B", description = "At most this many parameters (billions).")
        Double maxParams;

        @Option(names = "--moe", description = "Only mixture-of-experts models.")
        boolean moe;

        @Mixin
        ReportOutput output;

        @Mixin
        Knowledge knowledge;

        @Override
        public Integer call() {
            Catalog catalog = knowledge.catalog();
            List<Model> models = new CatalogQuery.Models(kind, minParams, maxParams, moe).in(catalog);
            return print(output, models, CatalogListing.models(models));
        }
    }
}
