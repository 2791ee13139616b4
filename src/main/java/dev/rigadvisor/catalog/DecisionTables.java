package dev.rigadvisor.catalog;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
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

    /** The largest memory a table may state, in GB, and the largest count (a tier), for the checks below. */
    private static final double MAX_GB = 4096;
    private static final int MAX_COUNT = 100;

    /**
     * Every row of the file, each naming its line when it cannot be read: the header names each column once, every
     * row has a cell per column, and every number is finite, above 0 and in range (a whole number where a count).
     */
    static <T> List<T> rows(Path file, Class<T> type) {
        String text = InputFile.text(file);
        List<Integer> lines = shape(file, text);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withNullValue("");
        ObjectReader reader = CSV.readerFor(type).with(schema)
                .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        List<T> out = new ArrayList<>();
        try (MappingIterator<T> it = reader.readValues(text)) {
            while (true) {
                int line = out.size() < lines.size() ? lines.get(out.size()) : 0;
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    T row = it.nextValue();
                    numbers(file, line, row);
                    out.add(row);
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

    /**
     * The line each data row starts on, after checking the table's shape: a header naming each column once, at
     * most {@link Limits#TABLE_ROWS} rows, each with as many cells as the header.
     */
    private static List<Integer> shape(Path file, String text) {
        String name = file.toString();
        List<Integer> lines = new ArrayList<>();
        ObjectReader raw = CSV.readerForArrayOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = raw.readValues(text)) {
            List<String> header = null;
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation() == null ? 0 : it.getCurrentLocation().getLineNr();
                String[] cells = it.nextValue();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = List.of(cells);
                    for (int i = 0; i < cells.length; i++) {
                        if (header.indexOf(cells[i]) != i) {
                            throw new BadInput(name, String.valueOf(line), "column \"" + cells[i]
                                    + "\" is named twice in the header");
                        }
                    }
                    continue;
                }
                if (cells.length != header.size()) {
                    throw new BadInput(name, String.valueOf(line), "the row has " + cells.length + " cells; the header has "
                            + header.size());
                }
                lines.add(line);
                Limits.count(name, "", lines.size(), Limits.TABLE_ROWS, "rows");
            }
        } catch (RuntimeJsonMappingException | IOException e) {
            // the reading below names the line and the problem
        }
        return lines;
    }

    /** Every number of a row: finite and above 0; memory at most {@link #MAX_GB}; counts whole, at most {@link #MAX_COUNT}. */
    private static void numbers(Path file, int line, Object row) {
        for (RecordComponent c : row.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(row);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String place = line + ": column " + c.getName();
            if (value instanceof Double d && (!Double.isFinite(d) || d <= 0 || d > MAX_GB)) {
                throw new BadInput(file.toString(), place, "must be a number above 0 and at most " + (long) MAX_GB
                        + ", found " + d);
            }
            if (value instanceof Integer i && (i < 1 || i > MAX_COUNT)) {
                throw new BadInput(file.toString(), place, "must be a whole number from 1 to " + MAX_COUNT
                        + ", found " + i);
            }
        }
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
