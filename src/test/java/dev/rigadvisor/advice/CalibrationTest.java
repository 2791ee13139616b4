package dev.rigadvisor.advice;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.rigadvisor.catalog.Attention;
import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.Device;
import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.MemoryKind;
import dev.rigadvisor.catalog.Model;
import dev.rigadvisor.catalog.Parameter;
import dev.rigadvisor.catalog.Quantization;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The speed estimate against published llama.cpp decode measurements (src/test/resources/calibration, with
 * SOURCES.md). Each row becomes an ad hoc model, format and machine, and the shipped rules estimate it through the
 * same path as {@code rig fit}. The parameters were fitted on the rows marked "train"; the "holdout" rows report the
 * error on measurements the fit did not see. Factor = max(estimate / measured, measured / estimate).
 */
class CalibrationTest {

    static final Path MEASUREMENTS = Path.of("src/test/resources/calibration/measurements.csv");

    @Test
    void theSpeedEstimateMatchesPublishedMeasurements() throws IOException {
        List<Map<String, String>> rows = rows();
        List<Result> results = new ArrayList<>();
        for (Map<String, String> row : rows) {
            results.add(estimate(row));
        }
        String table = table(results);
        System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/calibration.md"), table);

        assertTrue(results.size() >= 25, "at least 25 measurements: " + results.size());
        assertTrue(results.stream().filter(r -> r.offload).count() >= 3, "at least 3 partial-offload rows");
        Set<String> backends = new TreeSet<>();
        results.forEach(r -> backends.add(r.backend));
        assertTrue(backends.containsAll(List.of("cuda", "gb10", "metal")) && (backends.contains("rocm")
                || backends.contains("vulkan")), "NVIDIA, GB10, Apple and AMD rows: " + backends);
        assertTrue(results.stream().anyMatch(r -> r.format.equals("Q4_K_M"))
                && results.stream().anyMatch(r -> r.format.equals("Q8_0")), "Q4_K_M and Q8_0 rows");
        assertTrue(results.stream().anyMatch(r -> r.moe) && results.stream().anyMatch(r -> !r.moe), "dense and MoE");
        for (Result r : results) {
            assertEquals(r.offload ? "split" : "full", r.placement, "row " + r.id + " runs where it was measured");
        }
        assertTrue(median(results) <= 1.15, "median factor " + median(results) + " above 1.15x\n" + table);
        Result worst = results.stream().max((a, b) -> Double.compare(a.factor(), b.factor())).orElseThrow();
        assertTrue(worst.factor() <= 1.5, "row " + worst.id + " is off by " + worst.factor() + "x\n" + table);
        List<Result> holdout = results.stream().filter(r -> r.holdout).toList();
        assertTrue(holdout.size() >= 10 && median(holdout) <= 1.15,
                "held-out median factor " + median(holdout) + " above 1.15x");
    }

    private static Result estimate(Map<String, String> row) {
        Catalog shipped = ShippedKnowledge.ADVISOR.catalog();
        String format = row.get("format_family");
        boolean moe = row.get("architecture").equals("moe");
        double total = number(row, "total_params_b");
        double bits = number(row, "bits_per_weight");
        Quantization family = shipped.quantization(format).orElseThrow();
        Quantization quantization = new Quantization(format, bits, family.rank(), family.general(), family.note(),
                family.source());
        Model model = new Model("calibration-" + row.get("id"), row.get("model"), List.of(), Model.Modality.llm,
                moe ? Model.Architecture.moe : Model.Architecture.dense, total,
                moe ? number(row, "active_params_b") : null, integer(row, "layers"), integer(row, "kv_heads"),
                integer(row, "head_dim"), new Attention(Attention.Kind.valueOf(row.get("attention")),
                        integer(row, "window"), integer(row, "global_layers"), null, integer(row, "query_heads")),
                null, List.of(), null, false, List.of(), "calibration row " + row.get("id"), Map.of());
        String backend = row.get("backend").equals("cuda-unified") ? "gb10" : row.get("backend");
        boolean unified = row.get("memory_kind").equals("unified");
        Double share = optional(row, "gpu_layers_share");
        double weights = total * bits / 8;
        // A partial-offload row keeps on the GPU what the measurement put there: its share of the weights, the
        // runtime overhead and a small KV cache; the rules then spill the rest to system RAM. A row measured fully on
        // the GPU gets room for the rules' overhead estimate (a 19.9 GB Qwen3-32B ran on a 20 GB card): this test
        // checks speed, not the memory estimate.
        double overhead = parameter(shipped, "runtime-overhead-gb") + parameter(shipped, "runtime-overhead-fraction") * weights;
        double memory = share == null ? Math.max(number(row, "vram_gb"), (weights + overhead + 4) / 0.9)
                : weights * share + overhead + 0.5;
        List<String> features = switch (backend) {
            case "cuda", "gb10" -> List.of("cuda", "flash-attention");
            case "metal" -> List.of("metal");
            default -> List.of(backend);
        };
        Device device = new Device(row.get("hardware"), memory, unified ? MemoryKind.unified : MemoryKind.dedicated,
                number(row, "bandwidth_gbs"), optional(row, "fp16_tflops"), features);
        Hardware machine = new Hardware("calibration-machine", row.get("hardware"), null, List.of(device),
                unified ? null : 512.0, 1, null, null, List.of("linux"), false, "calibration row " + row.get("id"),
                Map.of());
        List<Quantization> quantizations = new ArrayList<>(shipped.quantizations().stream()
                .filter(q -> !q.id().equals(format)).toList());
        quantizations.add(quantization);
        Double ram = optional(row, "system_ram_bandwidth_gbs");
        List<Parameter> parameters = shipped.parameters().stream()
                .map(p -> p.id().equals("system-ram-bandwidth-gbs") && ram != null
                        ? new Parameter(p.id(), ram, p.unit(), p.meaning(), "calibration row", null) : p).toList();
        Catalog catalog = new Catalog(shipped.hardware(), shipped.models(), quantizations, parameters);
        int context = Math.max(256, integer(row, "context_tokens"));
        FitReport report = new FitCheck(ShippedKnowledge.ADVISOR.with(catalog))
                .check(model, machine, "coding", format, context, null);
        double estimated = report.tokensPerSecond() == null ? 0 : report.tokensPerSecond().typical();
        return new Result(row.get("id"), row.get("model"), row.get("format"), row.get("hardware"), backend, moe,
                share != null, integer(row, "context_tokens"), estimated, number(row, "decode_tokens_per_s"),
                report.fit(), "holdout".equals(row.get("split")));
    }

    record Result(String id, String model, String format, String hardware, String backend, boolean moe,
                  boolean offload, int context, double estimated, double measured, String placement, boolean holdout) {
        double factor() {
            return estimated <= 0 ? Double.POSITIVE_INFINITY : Math.max(estimated / measured, measured / estimated);
        }
    }

    static String table(List<Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| # | model | format | hardware | backend | context | set | estimate tok/s | measured | ratio |\n");
        out.append("|---:|---|---|---|---|---:|---|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s%s | %s | %d | %s | %.1f | %.1f | %.2f |%n",
                    r.id, r.model, r.format, r.hardware, r.offload ? " (partial offload)" : "", r.backend, r.context,
                    r.holdout ? "held out" : "fit", r.estimated, r.measured, r.estimated / r.measured));
        }
        List<Result> fit = results.stream().filter(r -> !r.holdout).toList();
        List<Result> held = results.stream().filter(r -> r.holdout).toList();
        out.append(String.format(Locale.ROOT, "%nAll %d rows: median factor %.3fx, worst %.3fx. Fitted on %d rows: "
                        + "median %.3fx, worst %.3fx. Held out %d rows: median %.3fx, worst %.3fx.%n", results.size(),
                median(results), worst(results), fit.size(), median(fit), worst(fit), held.size(), median(held),
                worst(held)));
        return out.toString();
    }

    static double median(List<Result> results) {
        double[] f = results.stream().mapToDouble(Result::factor).sorted().toArray();
        return f.length % 2 == 1 ? f[f.length / 2] : (f[f.length / 2 - 1] + f[f.length / 2]) / 2;
    }

    static double worst(List<Result> results) {
        return results.stream().mapToDouble(Result::factor).max().orElse(0);
    }

    static List<Map<String, String>> rows() throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(MEASUREMENTS.toFile())) {
            List<Map<String, String>> rows = it.readAll();
            for (Map<String, String> row : rows) {
                assertTrue(row.get("source") != null && !row.get("source").isBlank(), "row " + row.get("id") + " has a source");
            }
            return rows;
        }
    }

    private static double parameter(Catalog catalog, String id) {
        return catalog.parameters().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().value();
    }

    private static double number(Map<String, String> row, String column) {
        return Double.parseDouble(row.get(column));
    }

    private static Double optional(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : Double.valueOf(value);
    }

    private static Integer integer(Map<String, String> row, String column) {
        Double value = optional(row, column);
        return value == null ? null : value.intValue();
    }
}
