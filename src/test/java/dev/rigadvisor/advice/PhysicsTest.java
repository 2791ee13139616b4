package dev.rigadvisor.advice;

import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.Model;
import dev.rigadvisor.catalog.Quantization;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every catalog model on every catalog machine through {@code rig fit}'s path: where the rules say it fits fully in
 * fast memory, total parameters x bits per weight / 8 is within the memory they call usable, and the usable memory
 * is within the device's memory (within all the GPUs' memory for a model split by layers across them). Diffusion
 * pipelines the documents size without a weight format (HiDream "optimized", FramePack "offloaded", which streams its
 * weights from system RAM by design) have no bits per weight to check and are skipped.
 */
class PhysicsTest {

    @Test
    void noModelFitsWhereItsWeightsExceedUsableMemory() {
        FitCheck check = new FitCheck(ShippedKnowledge.ADVISOR);
        List<String> broken = new ArrayList<>();
        int fits = 0;
        for (Model model : ShippedKnowledge.ADVISOR.catalog().models()) {
            boolean llm = model.modality() == Model.Modality.llm;
            for (Hardware machine : ShippedKnowledge.ADVISOR.catalog().hardware()) {
                FitReport report = check.check(model, machine, llm ? "coding" : "generate", null, null, null);
                Optional<Quantization> format = ShippedKnowledge.ADVISOR.catalog().quantization(report.quantization());
                if (!report.fits() || report.spillGb() > 0 || format.isEmpty()) {
                    continue;
                }
                fits++;
                Quantization q = format.get();
                double weights = model.totalParamsB() * q.bytesPerWeight();
                double usable = report.memory().usableGb();
                double named = machine.devices().stream().filter(d -> d.name().equals(report.device()))
                        .mapToDouble(d -> d.memoryGb()).findFirst().orElse(0);
                // a model split by layers across the machine's GPUs may use all their memory, no more
                double device = usable > named ? machine.devices().stream()
                        .filter(d -> d.memoryKind() == dev.rigadvisor.catalog.MemoryKind.dedicated)
                        .mapToDouble(d -> d.memoryGb()).sum() : named;
                if (weights > usable || usable > device || report.memory().totalGb() > usable + 0.05) {
                    broken.add(model.id() + " " + q.id() + " on " + machine.id() + ": " + weights + " GB of weights, "
                            + report.memory().totalGb() + " GB needed, " + usable + " GB usable of " + device);
                }
            }
        }
        assertTrue(fits > 100, "most small models fit somewhere: " + fits);
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    @Test
    void noShippedCardHoldsAnLlmWhoseWeightsExceedUsableMemory() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("scenarios"))) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            Card card = ShippedKnowledge.ADVISOR.advise(file);
            if (card.recommendation() == null) {
                continue;
            }
            for (ModelPlan plan : card.recommendation().models()) {
                Model model = ShippedKnowledge.ADVISOR.catalog().model(plan.model()).orElseThrow();
                if (model.modality() != Model.Modality.llm || !plan.fitsInFastMemory()) {
                    continue;
                }
                double bits = ShippedKnowledge.ADVISOR.catalog().quantization(plan.quantization()).orElseThrow()
                        .bitsPerWeight();
                double weights = model.totalParamsB() * bits / 8;
                if (weights > plan.memory().usableGb()) {
                    broken.add(file + " " + plan.workload() + ": " + weights + " GB of weights in "
                            + plan.memory().usableGb() + " GB usable");
                }
            }
        }
        assertTrue(files.size() >= 20, "the shipped scenarios: " + files.size());
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }
}
