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
        List<dev.rigadvisor.catalog.Fallback> fallbacks = tables.fallbacks();
        for (int i = 0; i < fallbacks.size(); i++) {
            check("fallbacks.csv", i, fallbacks.get(i).model(), fallbacks.get(i).quantization());
            check("fallbacks.csv", i, fallbacks.get(i).from(), fallbacks.get(i).quantization(), "from");
        }
    }

    private void check(String file, int row, String modelId, String quantization) {
        check(file, row, modelId, quantization, "model");
    }

    private void check(String file, int row, String modelId, String quantization, String column) {
        String place = String.valueOf(row + 2);
        String path = dir.resolve(file).toString();
        Model model = catalog.model(modelId).orElseThrow(() ->
                new BadInput(path, place + ": column " + column, NearestName.hint("model", modelId, catalog.modelIds())));
        if (!column.equals("model")) {
            return;
        }
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
