package dev.rigadvisor.catalog;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads scenario files and checks them against the catalog. */
public final class Scenarios {

    /** The tasks each workload kind accepts. */
    public static final Map<Workload.Kind, List<String>> TASKS = Map.of(
            Workload.Kind.llm, List.of("chat", "writing", "coding", "reasoning", "rag", "agents", "long-context",
                    "structured-output", "learning", "knowledge-base", "automation", "enterprise-rag",
                    "multi-agent", "research"),
            Workload.Kind.image, List.of("generate", "edit"),
            Workload.Kind.video, List.of("generate", "long-form", "edit"),
            Workload.Kind.fine_tune, List.of("lora", "qlora", "full"));

    public static final List<String> RESOLUTIONS = List.of("480p", "720p", "1080p");
    public static final int MAX_CONTEXT_TOKENS = 2_097_152;
    public static final int MAX_PARALLEL = 256;
    public static final double MAX_BUDGET_USD = 10_000_000;

    private Scenarios() {
    }

    public static Scenario load(Path file, Catalog catalog) {
        Scenario scenario = JsonInput.read(file, Scenario.class);
        check(scenario, file.toString(), catalog);
        return scenario;
    }

    public static Scenario parse(String name, String json, Catalog catalog) {
        Scenario scenario = JsonInput.parse(name, json, Scenario.class);
        check(scenario, name, catalog);
        return scenario;
    }

    public static void check(Scenario s, String file, Catalog catalog) {
        if (s.name() == null || s.name().isBlank()) {
            throw new BadInput(file, "$.name", "is missing");
        }
        Limits.name(file, "$.name", s.name());
        Limits.text(file, "$.description", s.description());
        if (!Double.isFinite(s.budgetUsd()) || s.budgetUsd() <= 0 || s.budgetUsd() > MAX_BUDGET_USD) {
            throw new BadInput(file, "$.budgetUsd", "must be above 0 and at most 10,000,000 USD, found " + s.budgetUsd());
        }
        if (!Double.isFinite(s.apiSpendUsdPerMonth()) || s.apiSpendUsdPerMonth() < 0 || s.apiSpendUsdPerMonth() > 1_000_000) {
            throw new BadInput(file, "$.apiSpendUsdPerMonth", "must be between 0 and 1,000,000, found "
                    + s.apiSpendUsdPerMonth());
        }
        checkPlatform(s.platform(), file);
        if (s.workloads().isEmpty()) {
            throw new BadInput(file, "$.workloads", "is empty; describe at least one workload");
        }
        Limits.count(file, "$.workloads", s.workloads().size(), Limits.WORKLOADS, "workloads");
        Limits.count(file, "$.together", s.together().size(), Limits.WORKLOADS, "groups");
        Limits.count(file, "$.considering", s.considering().size(), Limits.CATALOG_ENTRIES, "machines");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < s.workloads().size(); i++) {
            checkWorkload(s.workloads().get(i), "$.workloads[" + i + "]", file, ids, catalog);
        }
        Set<String> grouped = new HashSet<>();
        for (int g = 0; g < s.together().size(); g++) {
            List<String> group = s.together().get(g);
            if (group.size() < 2) {
                throw new BadInput(file, "$.together[" + g + "]", "a group runs two or more workloads at the same time");
            }
            for (int k = 0; k < group.size(); k++) {
                String id = group.get(k);
                String at = "$.together[" + g + "][" + k + "]";
                if (!ids.contains(id)) {
                    throw new BadInput(file, at, NearestName.hint("workload id", id, ids));
                }
                if (!grouped.add(id)) {
                    throw new BadInput(file, at, "workload \"" + id + "\" is already in a group");
                }
            }
        }
        for (int i = 0; i < s.considering().size(); i++) {
            String id = s.considering().get(i);
            if (catalog.hardware(id).isEmpty()) {
                throw new BadInput(file, "$.considering[" + i + "]", NearestName.hint("hardware id", id, catalog.hardwareIds()));
            }
        }
        if (s.have() != null && catalog.hardware(s.have()).isEmpty()) {
            throw new BadInput(file, "$.have", NearestName.hint("hardware id", s.have(), catalog.hardwareIds()));
        }
    }

    private static void checkPlatform(Platform p, String file) {
        List<String> systems = List.of("any", "macos", "windows", "linux");
        if (!systems.contains(p.os())) {
            throw new BadInput(file, "$.platform.os", NearestName.hint("os", p.os(), systems));
        }
        List<String> cuda = List.of("required", "any");
        if (!cuda.contains(p.cuda())) {
            throw new BadInput(file, "$.platform.cuda", NearestName.hint("cuda setting", p.cuda(), cuda));
        }
    }

    private static void checkWorkload(Workload w, String at, String file, Set<String> ids, Catalog catalog) {
        if (w == null) {
            throw new BadInput(file, at, "is null; expected a workload object");
        }
        if (w.id() == null || w.id().isBlank()) {
            throw new BadInput(file, at + ".id", "is missing");
        }
        Limits.name(file, at + ".id", w.id());
        if (!ids.add(w.id())) {
            throw new BadInput(file, at + ".id", "duplicate workload id \"" + w.id() + "\"");
        }
        if (w.kind() == null) {
            throw new BadInput(file, at + ".kind", "is missing; expected llm, image, video or fine-tune");
        }
        List<String> tasks = TASKS.get(w.kind());
        if (w.task() == null) {
            throw new BadInput(file, at + ".task", "is missing; expected one of " + String.join(", ", tasks));
        }
        if (!tasks.contains(w.task())) {
            throw new BadInput(file, at + ".task", NearestName.hint(w.kindName() + " task", w.task(), tasks));
        }
        if (w.contextTokens() != null && (w.contextTokens() <= 0 || w.contextTokens() > MAX_CONTEXT_TOKENS)) {
            throw new BadInput(file, at + ".contextTokens", "must be between 1 and " + MAX_CONTEXT_TOKENS
                    + " tokens, found " + w.contextTokens());
        }
        if (w.parallel() <= 0 || w.parallel() > MAX_PARALLEL) {
            throw new BadInput(file, at + ".parallel", "must be between 1 and " + MAX_PARALLEL + ", found " + w.parallel());
        }
        if (w.resolution() != null && !RESOLUTIONS.contains(w.resolution())) {
            throw new BadInput(file, at + ".resolution", NearestName.hint("resolution", w.resolution(), RESOLUTIONS));
        }
        if (w.resolution() != null && w.kind() != Workload.Kind.video) {
            throw new BadInput(file, at + ".resolution", "applies to video workloads only");
        }
        if (w.model() != null) {
            Model m = catalog.model(w.model()).orElseThrow(() ->
                    new BadInput(file, at + ".model", NearestName.hint("model", w.model(), catalog.modelIds())));
            String wanted = w.kind() == Workload.Kind.fine_tune ? "llm" : w.kind().name();
            if (!m.modality().name().equals(wanted)) {
                throw new BadInput(file, at + ".model", "\"" + m.id() + "\" is a model for " + m.modality()
                        + "; a " + w.kindName() + " workload needs a model for " + wanted);
            }
            if (w.quantization() != null && catalog.quantization(w.quantization()).isEmpty()
                    && m.footprints().stream().noneMatch(f -> w.quantization().equalsIgnoreCase(f.quantization()))) {
                throw new BadInput(file, at + ".quantization", NearestName.hint("quantization for " + m.id(),
                        w.quantization(), catalog.quantizationIds()));
            }
        } else if (w.quantization() != null) {
            throw new BadInput(file, at + ".quantization", "applies only with a pinned model (set \"model\" too)");
        }
    }
}
