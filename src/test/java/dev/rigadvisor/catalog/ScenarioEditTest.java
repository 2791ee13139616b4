package dev.rigadvisor.catalog;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioEditTest {

    static final Path WRITER = Path.of("src/test/resources/cli/writer.json");
    static Catalog catalog;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalog = Catalog.load(Path.of("facts"));
    }

    @Test
    void setsTopLevelNestedAndPerWorkloadFields() {
        Scenario s = ScenarioEdit.of(WRITER).set("budgetUsd=10000").set("platform.os=macos")
                .set("workloads.drafts.contextTokens=65536").set("considering=[\"dgx-spark\"]").scenario(catalog);
        assertEquals(10000, s.budgetUsd());
        assertEquals("macos", s.platform().os());
        assertEquals(65536, s.workloads().get(0).contextTokens());
        assertEquals(List.of("dgx-spark"), s.considering());
    }

    @Test
    void addsAndRemovesWorkloads() {
        Scenario s = ScenarioEdit.of(WRITER).addWorkload("video:generate:720p").addWorkload("llm:coding:hero")
                .removeWorkload("covers").scenario(catalog);
        assertEquals(List.of("drafts", "video-generate", "llm-coding"), s.workloads().stream().map(Workload::id).toList());
        assertEquals("720p", s.workloads().get(1).resolution());
        assertEquals(Workload.Quality.hero, s.workloads().get(2).quality());
    }

    @Test
    void namesWhatIsWrong() {
        BadInput field = assertThrows(BadInput.class, () -> ScenarioEdit.of(WRITER).set("platfrom.os=macos"));
        assertTrue(field.getMessage().contains("did you mean \"platform\""), field.getMessage());
        BadInput nested = assertThrows(BadInput.class, () -> ScenarioEdit.of(WRITER).set("platform.oss=macos"));
        assertTrue(nested.getMessage().contains("did you mean \"os\""), nested.getMessage());
        BadInput shape = assertThrows(BadInput.class, () -> ScenarioEdit.of(WRITER).set("budgetUsd"));
        assertTrue(shape.getMessage().contains("PATH=VALUE"));
        BadInput value = assertThrows(BadInput.class, () -> ScenarioEdit.of(WRITER).set("platform.os=beos")
                .scenario(catalog));
        assertTrue(value.getMessage().contains("$.platform.os"), value.getMessage());
        BadInput kind = assertThrows(BadInput.class, () -> ScenarioEdit.of(WRITER).addWorkload("audio:generate"));
        assertTrue(kind.getMessage().startsWith("--add-workload: unknown workload kind \"audio\""), kind.getMessage());
    }

    @Test
    void workloadSpecsGiveFreeIdsAndReadResolutionOrQuality() {
        Set<String> taken = new java.util.HashSet<>(Set.of("llm-chat"));
        Workload w = WorkloadSpec.parse("--llm", Workload.Kind.llm, "chat:draft", taken);
        assertEquals("llm-chat-2", w.id());
        assertEquals(Workload.Quality.draft, w.quality());
        Workload v = WorkloadSpec.parse("--video", Workload.Kind.video, "generate:hero:1080p", taken);
        assertEquals("1080p", v.resolution());
        assertEquals(Workload.Quality.hero, v.quality());
        assertThrows(BadInput.class, () -> WorkloadSpec.parse("--llm", Workload.Kind.llm, "chat:720p", taken));
    }

    @Test
    void savedScenariosReadBackAndAreWrittenWhole() throws Exception {
        Scenario s = Scenarios.load(WRITER, catalog);
        Path file = dir.resolve("copy.json");
        ScenarioFile.write(file, s, false);
        assertEquals(s.workloads(), Scenarios.load(file, catalog).workloads());
        assertThrows(BadInput.class, () -> ScenarioFile.write(file, s, false));
        assertThrows(BadInput.class, () -> ScenarioFile.write(dir.resolve("missing/x.json"), s, false));
        ScenarioFile.write(file, s.withHave("rtx-4090-build"), true);
        assertEquals("rtx-4090-build", Scenarios.load(file, catalog).have());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }
}
