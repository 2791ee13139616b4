package dev.rigadvisor.catalog;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents' tables, kept as CSV under {@code rules/tables/} so that a person edits a cell, not code.
 * Each row becomes a fact the rules match.
 */
public record DecisionTables(
        List<WorkloadNeed> workloadNeeds,
        List<MemoryTier> memoryTiers,
        List<UseCase> useCases,
        List<ModelRole> modelRoles,
        List<Fallback> fallbacks) {

    public static final String FOLDER = "tables";

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS)
            .build();

    public DecisionTables {
        workloadNeeds = List.copyOf(workloadNeeds);
        memoryTiers = List.copyOf(memoryTiers);
        useCases = List.copyOf(useCases);
        modelRoles = List.copyOf(modelRoles);
        fallbacks = List.copyOf(fallbacks);
    }

    public static DecisionTables load(Path rulesDir) {
        Path dir = rulesDir.resolve(FOLDER);
        return new DecisionTables(
                rows(dir.resolve("workload-needs.csv"), WorkloadNeed.class),
                rows(dir.resolve("memory-tiers.csv"), MemoryTier.class),
                rows(dir.resolve("use-cases.csv"), UseCase.class),
                rows(dir.resolve("model-roles.csv"), ModelRole.class),
                rows(dir.resolve("fallbacks.csv"), Fallback.class));
    }

    /** Every row of the file, each naming its line when it cannot be read. */
    static <T> List<T> rows(Path file, Class<T> type) {
        String text = JsonInput.readText(file);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withNullValue("");
        ObjectReader reader = CSV.readerFor(type).with(schema)
                .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<T> out = new ArrayList<>();
        try (MappingIterator<T> it = reader.readValues(text)) {
            while (true) {
                int line = it.getCurrentLocation() == null ? 0 : it.getCurrentLocation().getLineNr();
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    out.add(it.nextValue());
                } catch (RuntimeJsonMappingException e) {
                    throw cellError(file, line, e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException p
                            ? p : null, e.getMessage());
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw cellError(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e, e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInput(file.toString(), "", "cannot read: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new BadInput(file.toString(), "2", "the table has no rows");
        }
        return out;
    }

    private static BadInput cellError(Path file, int line, com.fasterxml.jackson.core.JsonProcessingException cause,
                                      String message) {
        if (cause != null) {
            BadInput described = JsonInput.describe(file.toString(), cause);
            String column = described.place().replaceFirst("^[0-9]+:[0-9]+(: )?", "").replace("$.", "column ");
            return new BadInput(file.toString(), line > 0 ? line + (column.isEmpty() ? "" : ": " + column) : column,
                    described.problem());
        }
        String first = message == null ? "malformed row" : message.lines().findFirst().orElse("malformed row");
        return new BadInput(file.toString(), line > 0 ? String.valueOf(line) : "", first);
    }

    public static boolean present(Path rulesDir) {
        return Files.isDirectory(rulesDir.resolve(FOLDER));
    }
}
