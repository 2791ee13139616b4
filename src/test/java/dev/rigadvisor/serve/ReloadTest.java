package dev.rigadvisor.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rigadvisor.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule edited while the server runs: the next answer uses it; an edit that does not build leaves the last good. */
class ReloadTest {

    @TempDir
    Path dir;

    @Test
    void aRuleEditIsTheNextAnswerAndABrokenOneKeepsTheLastGoodServing() throws Exception {
        Path rules = TestFolders.copy(Path.of("rules"), dir.resolve("rules"));
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        String scenario = Files.readString(Path.of("scenarios/content-agency.json"));
        try (Served served = Served.start(rules, facts, null, null)) {
            assertTrue(warnings(served.post("/api/recommend", scenario)).contains(" reads memory at "));

            TestFolders.edit(rules.resolve("mistakes.drl"), " reads memory at ", " reads its memory at ");
            HttpResponse<String> edited = served.post("/api/recommend", scenario);
            assertTrue(warnings(edited).contains(" reads its memory at "), "the edit answers at once");
            String version = edited.headers().firstValue("Rig-Knowledge").orElseThrow();
            assertTrue(version.startsWith("current "), version);

            Path broken = rules.resolve("broken.drl");
            Files.writeString(broken, "package rules;\nrule \"half written\" when\n    Nonsense( then\nend\n");
            HttpResponse<String> stale = served.post("/api/recommend", scenario);
            assertEquals(200, stale.statusCode(), stale.body());
            assertTrue(warnings(stale).contains(" reads its memory at "), "the last good rules answer");
            String status = stale.headers().firstValue("Rig-Knowledge").orElseThrow();
            assertTrue(status.startsWith("stale " + version.substring("current ".length()) + ": "), status);
            assertTrue(status.contains("broken.drl"), status);
            JsonNode health = Served.json(served.get("/api/health").body());
            assertEquals("stale", health.get("status").asText());
            assertTrue(health.get("problem").asText().contains("broken.drl"));
            assertTrue(served.get("/api/hardware").headers().firstValue("Rig-Knowledge").orElseThrow().startsWith("stale"),
                    "every response says so");

            Files.delete(broken); // back to the rules already loaded: found by their hash, nothing to build
            HttpResponse<String> fixed = served.post("/api/recommend", scenario);
            assertTrue(fixed.headers().firstValue("Rig-Knowledge").orElseThrow().startsWith("current "));
            assertEquals("ok", Served.json(served.get("/api/health").body()).get("status").asText());
        }
    }

    private static String warnings(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return Served.json(response.body()).get("warnings").toString();
    }
}
