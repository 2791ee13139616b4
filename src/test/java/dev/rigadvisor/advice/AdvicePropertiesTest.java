package dev.rigadvisor.advice;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.JsonInput;
import dev.rigadvisor.catalog.Model;
import dev.rigadvisor.catalog.Platform;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Scenarios;
import dev.rigadvisor.catalog.Workload;
import dev.rigadvisor.engine.Consultation;
import dev.rigadvisor.engine.fact.MemoryEstimate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Properties that hold for every scenario, checked over thousands of scenarios drawn from a seeded random source
 * (the seed is in each failure, with the scenario as JSON): the adviser answers with a card or a {@link BadInput},
 * never anything else; a recommended machine meets every must-have the card states; every machine not chosen
 * names a reason; memory estimates grow with parameters, context and bits per weight.
 */
class AdvicePropertiesTest {

    static final long SEED = 20_261_121L;
    static final int SCENARIOS = 2_000;

    static Advisor advisor;
    static Catalog catalog;

    @BeforeAll
    static void load() {
        advisor = ShippedKnowledge.ADVISOR;
        catalog = advisor.catalog();
        findings = run();
    }

    /** A scenario within the limits the reader enforces, and now and then just outside them. */
    static Scenario draw(Random r) {
        double budget = r.nextInt(40) == 0 ? -100 + r.nextDouble() * 200 : Math.round(Math.exp(5.5 + r.nextDouble() * 5));
        Platform platform = new Platform(pick(r, List.of("any", "any", "macos", "windows", "linux")), r.nextInt(5) == 0,
                r.nextInt(5) == 0 ? "required" : "any");
        List<Workload> workloads = new ArrayList<>();
        int count = 1 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            workloads.add(workload(r, "w" + i));
        }
        List<List<String>> together = count >= 2 && r.nextInt(3) == 0 ? List.of(List.of("w0", "w1")) : List.of();
        List<String> ids = List.copyOf(catalog.hardwareIds());
        List<String> considering = r.nextInt(3) == 0 ? List.of(pick(r, ids)) : List.of();
        String have = r.nextInt(6) == 0 ? pick(r, ids) : null;
        return new Scenario("generated", null, budget, platform, r.nextInt(3) == 0 ? (double) r.nextInt(500) : 0.0, workloads,
                together, considering, have, null);
    }

    static Workload workload(Random r, String id) {
        Workload.Kind kind = pick(r, List.of(Workload.Kind.values()));
        String task = pick(r, Scenarios.TASKS.get(kind));
        Integer context = switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> 1 << (11 + r.nextInt(7));
            case 2 -> 1 + r.nextInt(Scenarios.MAX_CONTEXT_TOKENS);
            default -> r.nextInt(30) == 0 ? Scenarios.MAX_CONTEXT_TOKENS + 1 : 4096;
        };
        int parallel = r.nextInt(40) == 0 ? 0 : 1 + (r.nextInt(4) == 0 ? r.nextInt(16) : 0);
        String resolution = kind == Workload.Kind.video && r.nextBoolean() ? pick(r, Scenarios.RESOLUTIONS) : null;
        String model = null;
        String quantization = null;
        if (r.nextInt(5) == 0) {
            String modality = kind == Workload.Kind.fine_tune ? "llm" : kind.name();
            List<String> fitting = catalog.models().stream().filter(m -> m.modality().name().equals(modality))
                    .map(Model::id).toList();
            model = pick(r, fitting);
            if (modality.equals("llm") && r.nextBoolean()) {
                quantization = pick(r, List.copyOf(catalog.quantizationIds()));
            }
        }
        return new Workload(id, kind, task, pick(r, List.of(Workload.Quality.values())), context, parallel,
                resolution, model, quantization);
    }

    static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    static String json(Scenario s) {
        try {
            return JsonInput.mapper().writeValueAsString(s);
        } catch (IOException e) {
            return s.toString();
        }
    }

    /** What the properties found wrong, by property, each finding with its scenario as JSON. */
    record Findings(List<String> crashes, List<String> mustHaves, List<String> reasons, List<String> unjudged,
                    List<String> bits, List<String> contradictions, int cards, int refused, int satisfied) {
    }

    static Findings findings;

    /** Draws the scenarios in order from the seed, then runs them on both cores. */
    static Findings run() {
        Random random = new Random(SEED);
        List<Scenario> scenarios = Stream.generate(() -> draw(random)).limit(SCENARIOS).toList();
        List<String> crashes = Collections.synchronizedList(new ArrayList<>());
        List<String> mustHaves = Collections.synchronizedList(new ArrayList<>());
        List<String> reasons = Collections.synchronizedList(new ArrayList<>());
        List<String> unjudged = Collections.synchronizedList(new ArrayList<>());
        List<String> bits = Collections.synchronizedList(new ArrayList<>());
        List<String> contradictions = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger cards = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger satisfied = new AtomicInteger();
        IntStream.range(0, scenarios.size()).parallel().forEach(i -> {
            Scenario s = scenarios.get(i);
            String tag = "#" + i + " " + json(s) + ": ";
            try {
                Scenarios.check(s, "generated", catalog);
                Consultation.Outcome outcome = advisor.consult(s);
                Card card = new CardBuilder(catalog).build(s, "generated", outcome, advisor.version());
                cards.incrementAndGet();
                satisfied.addAndGet(card.satisfied() ? 1 : 0);
                mustHavesBroken(s, card).forEach(p -> mustHaves.add(tag + p));
                rejectionsWithoutReasons(card).forEach(p -> reasons.add(tag + p));
                unjudged(card).forEach(p -> unjudged.add(tag + p));
                memoryFallingWithBits(outcome.all(MemoryEstimate.class)).forEach(p -> bits.add(tag + p));
                argumentsAgainstItself(outcome, card).forEach(p -> contradictions.add(tag + p));
            } catch (BadInput e) {
                refused.incrementAndGet();
            } catch (RuntimeException e) {
                crashes.add(tag + e);
            }
        });
        return new Findings(sorted(crashes), sorted(mustHaves), sorted(reasons), sorted(unjudged), sorted(bits),
                sorted(contradictions), cards.get(), refused.get(), satisfied.get());
    }

    private static List<String> sorted(List<String> found) {
        return found.stream().sorted(Comparator.comparingInt(f -> Integer.parseInt(f.substring(1, f.indexOf(' ')))))
                .toList();
    }

    private static void assertNone(String property, List<String> found) {
        assertTrue(found.isEmpty(), property + ": " + found.size() + " findings (seed " + SEED + "), the first:\n"
                + String.join("\n", found.subList(0, Math.min(3, found.size()))));
    }

    @Test
    void theScenariosCoverCardsRefusalsAndBothOutcomes() {
        assertTrue(findings.cards() > SCENARIOS / 2, findings.cards() + " cards");
        assertTrue(findings.refused() > 0, "some scenarios fall outside the limits");
        assertTrue(findings.satisfied() > 0 && findings.satisfied() < findings.cards(),
                findings.satisfied() + " of " + findings.cards() + " cards recommend a machine");
    }

    @Test
    void theAdviserAnswersWithACardOrABadInput() {
        assertNone("crashes", findings.crashes());
    }

    @Test
    void theRecommendedMachineMeetsEveryMustHaveTheCardStates() {
        assertNone("must-haves broken", findings.mustHaves());
    }

    @Test
    void everyMachineRuledOutOrLostNamesAReason() {
        assertNone("rejections without a reason", findings.reasons());
    }

    @Test
    void everyMachineNotChosenIsJudged() {
        assertNone("machines not evaluated", findings.unjudged());
    }

    @Test
    void noCardRecommendsAMistakeThatAQualifyingMachineAvoids() {
        assertNone("cards that argue against themselves", findings.contradictions());
    }

    @Test
    void noShippedCardRecommendsAMistakeThatAQualifyingMachineAvoids() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Scenario s = advisor.scenario(f);
                Consultation.Outcome outcome = advisor.consult(s);
                argumentsAgainstItself(outcome, new CardBuilder(catalog).build(s, f.toString(), outcome, advisor.version()))
                        .forEach(p -> found.add(f.getFileName() + ": " + p));
            }
        }
        assertNone("shipped cards that argue against themselves", found);
    }

    /**
     * A buying mistake the card warns the chosen machine makes (a mistake term of the score, BIG-5 or MIS-4) while a
     * machine that qualifies avoids it; and a warning about the choice that does not say none avoids it.
     */
    static List<String> argumentsAgainstItself(Consultation.Outcome outcome, Card card) {
        List<String> found = new ArrayList<>();
        if (!card.satisfied()) {
            return found;
        }
        String chosen = card.recommendation().hardware().id();
        List<dev.rigadvisor.engine.fact.ScoreTerm> terms = outcome.all(dev.rigadvisor.engine.fact.ScoreTerm.class);
        List<String> qualifying = outcome.all(dev.rigadvisor.engine.fact.Candidate.class).stream()
                .filter(dev.rigadvisor.engine.fact.Candidate::qualifies).map(dev.rigadvisor.engine.fact.Candidate::hardware)
                .toList();
        terms.stream().filter(t -> t.hardware().equals(chosen) && t.mistake() != null).forEach(mistake -> {
            qualifying.stream().filter(h -> terms.stream().noneMatch(t -> t.hardware().equals(h)
                    && mistake.mistake().equals(t.mistake()))).findFirst().ifPresent(h -> found.add(chosen + " makes "
                    + mistake.mistake() + " (" + mistake.reason() + ") which " + h + " avoids"));
            card.warnings().stream().filter(w -> w.advice().startsWith(mistake.mistake())
                    && w.message().startsWith(card.recommendation().hardware().name())
                    && !w.message().contains("no machine that qualifies avoids it"))
                    .forEach(w -> found.add("the warning " + w.advice() + " about the choice does not say why: " + w.message()));
        });
        return found;
    }

    @Test
    void memoryGrowsWithBitsPerWeight() {
        assertNone("memory falling as bits per weight rise", findings.bits());
    }

    /**
     * What the recommended machine must meet, as the card states the scenario: budget (unless it is the machine the
     * person already has), OS, portability, CUDA, and memory for every workload.
     */
    static List<String> mustHavesBroken(Scenario s, Card card) {
        List<String> broken = new ArrayList<>();
        if (!card.satisfied()) {
            return broken;
        }
        HardwareSummary h = card.recommendation().hardware();
        ScenarioSummary asked = card.scenario();
        boolean owned = h.id().equals(s.have());
        if (!owned && h.priceUsd() > asked.budgetUsd()) {
            broken.add(h.id() + " costs " + h.priceUsd() + " over the budget " + asked.budgetUsd());
        }
        if (!asked.os().equals("any") && !h.os().contains(asked.os())) {
            broken.add(h.id() + " does not run " + asked.os());
        }
        if (asked.portable() && !h.portable()) {
            broken.add(h.id() + " is not portable");
        }
        if (asked.cuda().equals("required") && !h.cuda()) {
            broken.add(h.id() + " has no CUDA");
        }
        Hardware machine = catalog.hardware(h.id()).orElseThrow();
        double ram = machine.systemRamGb() == null ? 0 : machine.systemRamGb();
        for (ModelPlan plan : card.recommendation().models()) {
            Memory m = plan.memory();
            double room = plan.fitsInFastMemory() ? m.usableGb() : m.usableGb() + ram;
            if (m.totalGb() > room + 0.1) {
                broken.add(plan.workload() + " needs " + m.totalGb() + " GB in " + room + " GB (" + plan.placement() + ")");
            }
        }
        if (card.recommendation().models().size() != s.workloads().size()) {
            broken.add(h.id() + " plans " + card.recommendation().models().size() + " of " + s.workloads().size()
                    + " workloads");
        }
        return broken;
    }

    static List<String> rejectionsWithoutReasons(Card card) {
        return card.alternatives().stream().filter(a -> !a.verdict().equals("not evaluated") && a.reasons().isEmpty())
                .map(a -> a.hardware().id() + " is \"" + a.verdict() + "\" with no reason").toList();
    }

    static List<String> unjudged(Card card) {
        return card.alternatives().stream().filter(a -> a.verdict().equals("not evaluated"))
                .map(a -> a.hardware().id() + " is \"not evaluated\"").toList();
    }

    /** Within one workload and model, a format with more bits per weight never needs less memory. */
    static List<String> memoryFallingWithBits(List<MemoryEstimate> estimates) {
        List<String> broken = new ArrayList<>();
        estimates.stream().collect(Collectors.groupingBy(e -> e.workload() + " " + e.model(), TreeMap::new,
                Collectors.toList())).forEach((key, group) -> {
                    List<MemoryEstimate> sorted = group.stream()
                            .sorted(Comparator.comparingDouble(MemoryEstimate::quality)).toList();
                    for (int k = 1; k < sorted.size(); k++) {
                        MemoryEstimate lower = sorted.get(k - 1);
                        MemoryEstimate higher = sorted.get(k);
                        if (higher.totalGb() < lower.totalGb()) {
                            broken.add(key + ": " + lower.quantization() + " needs " + lower.totalGb() + " GB, "
                                    + higher.quantization() + " only " + higher.totalGb() + " GB");
                        }
                    }
                });
        return broken;
    }

    /** Ad hoc dense models, alike but for their size, added to a copy of the catalog: no stated footprints. */
    @Test
    void memoryGrowsWithParametersAndContext(@TempDir Path dir) throws IOException {
        Path facts = dir.resolve("facts");
        Files.createDirectories(facts);
        try (Stream<Path> files = Files.list(Path.of("facts"))) {
            for (Path f : files.toList()) {
                Files.copy(f, facts.resolve(f.getFileName()));
            }
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode models = (ObjectNode) json.readTree(facts.resolve("models.json").toFile());
        ArrayNode list = (ArrayNode) models.get("models");
        ObjectNode like = (ObjectNode) list.get(0).deepCopy();
        double[] sizes = {0.5, 1, 3, 7, 8, 14, 32, 70, 123, 405};
        for (double size : sizes) {
            ObjectNode m = like.deepCopy();
            m.put("id", "adhoc-" + size + "b").put("name", "Ad hoc " + size + "B").put("architecture", "dense")
                    .put("totalParamsB", size).putNull("activeParamsB").put("layers", 48).put("kvHeads", 8)
                    .put("headDim", 128).put("maxContextTokens", Scenarios.MAX_CONTEXT_TOKENS);
            m.putArray("aliases");
            m.putArray("footprints");
            list.add(m);
        }
        json.writeValue(facts.resolve("models.json").toFile(), models);
        Advisor adhoc = Advisor.load(Path.of("rules"), facts);

        List<Double> bySize = new ArrayList<>();
        for (double size : sizes) {
            bySize.add(totalGb(adhoc, "adhoc-" + size + "b", 8192));
        }
        assertNonDecreasing("total GB by parameters " + List.of(sizes), bySize);
        List<Double> byContext = new ArrayList<>();
        for (int context = 1024; context <= Scenarios.MAX_CONTEXT_TOKENS; context *= 2) {
            byContext.add(totalGb(adhoc, "adhoc-14.0b", context));
        }
        assertNonDecreasing("total GB by context from 1K to 2M tokens", byContext);
        assertTrue(byContext.get(byContext.size() - 1) > byContext.get(0), "a longer context needs more: " + byContext);
    }

    private static double totalGb(Advisor advisor, String model, int context) {
        Workload w = new Workload("w", Workload.Kind.llm, "chat", Workload.Quality.daily, context, 1, null, model, "Q8_0");
        Scenario s = new Scenario("ad hoc", null, 5000, null, 0.0, List.of(w), null, null, null, null);
        Scenarios.check(s, "ad hoc", advisor.catalog());
        List<MemoryEstimate> estimates = advisor.consult(s).all(MemoryEstimate.class).stream()
                .filter(e -> e.quantization().equals("Q8_0")).toList();
        assertEquals(1, estimates.size(), model + " at Q8_0");
        return estimates.get(0).totalGb();
    }

    private static void assertNonDecreasing(String what, List<Double> values) {
        for (int i = 1; i < values.size(); i++) {
            assertFalse(values.get(i) < values.get(i - 1), what + ": " + values);
        }
    }
}
