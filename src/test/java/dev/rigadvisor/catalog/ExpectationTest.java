package dev.rigadvisor.catalog;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExpectationTest {

    /** Checks and audit entries list the expected models; in the file's order they read the same every run. */
    @Test
    void expectedModelsKeepTheFilesOrder() {
        Map<String, String> models = new LinkedHashMap<>();
        List<String> workloads = List.of("writing", "hero-images", "client-video", "agents", "coding", "research",
                "chat", "batch-captions");
        workloads.forEach(w -> models.put(w, "model-for-" + w));

        Expectation expect = new Expectation(null, null, null, null, null, null, null, models, null, null, null, null);

        assertEquals(workloads, List.copyOf(expect.models().keySet()));
    }
}
