package dev.rigadvisor.advice;

import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.DecisionTables;
import dev.rigadvisor.catalog.Model;
import dev.rigadvisor.catalog.NearestName;

import java.nio.file.Path;
import java.util.List;

/** Checks that every model and format the decision tables name is in the catalog. */
final class TableCheck {

    private final Catalog catalog;
    private final DecisionTables tables;
    private final Path dir;

    TableCheck(Catalog catalog, DecisionTables tables, Path rulesDir) {
        this.catalog = catalog;
        this.tables = tables;
        this.dir = rulesDir.resolve(DecisionTables.FOLDER);
    }

    void run() {
        List<dev.rigadvisor.catalog.ModelRole> roles = tables.modelRoles();
        for (int i = 0; i < roles.size(); i++) {
            check("model-roles.csv", i, roles.get(i).model(), roles.get(i).quantization());
        }
        List<dev.rigadvisor.catalog.UseCase> cases = tables.useCases();
        for (int i = 0; i < cases.size(); i++) {
            check("use-cases.csv", i, cases.get(i).model(), cases.get(i).quantization());
        }
    }

    private void check(String file, int row, String modelId, String quantization) {
        String place = String.valueOf(row + 2);
        String path = dir.resolve(file).toString();
        Model model = catalog.model(modelId).orElseThrow(() ->
                new BadInput(path, place + ": column model", NearestName.hint("model", modelId, catalog.modelIds())));
        if (quantization == null || quantization.isBlank()) {
            throw new BadInput(path, place + ": column quantization", "is empty");
        }
        boolean known = catalog.quantization(quantization).isPresent()
                || model.footprints().stream().anyMatch(f -> quantization.equalsIgnoreCase(f.quantization()));
        if (!known) {
            throw new BadInput(path, place + ": column quantization",
                    NearestName.hint("quantization for " + model.id(), quantization, catalog.quantizationIds()));
        }
    }
}
