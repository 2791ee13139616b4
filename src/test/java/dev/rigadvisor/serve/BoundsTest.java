package dev.rigadvisor.serve;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.engine.RuleBase;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An answer that takes too long is stopped with a 503; one that fails gets a 500; the server answers on. */
class BoundsTest {

    static final String SCENARIO = "{\"name\": \"t\", \"budgetUsd\": 3000, "
            + "\"workloads\": [{\"id\": \"c\", \"kind\": \"llm\", \"task\": \"coding\"}]}";

    @Test
    void slowAndFailingAnswersAreBoundedAndTheServerGoesOn() throws Exception {
        Commands stuck = (args, files, colour, knowledge) -> {
            if (args.contains("--format=json") && args.get(0).equals("fit")) {
                throw new IllegalStateException("a bug in a command");
            }
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Answer(0, "{}", "");
        };
        WarmKnowledge warm = WarmKnowledge.of(Advisor.load(Path.of("rules"), Path.of("facts")), RuleBase.defaultCacheDir());
        Server server = Server.start(warm, stuck,
                new Server.Settings("127.0.0.1", 0, null, 2, Duration.ofSeconds(1), null));
        try (Served served = new Served(server, HttpClient.newHttpClient())) {
            long start = System.nanoTime();
            HttpResponse<String> slow = served.post("/api/recommend", SCENARIO);
            assertEquals(503, slow.statusCode(), slow.body());
            assertTrue(Served.json(slow.body()).get("error").asText().contains("longer than 1 s"));
            assertTrue(System.nanoTime() - start < 30_000_000_000L, "stopped at its bound, not when it ended");
            HttpResponse<String> failed = served.post("/api/fit", "{\"model\": \"qwen3-32b\", \"on\": \"dgx-spark\"}");
            assertEquals(500, failed.statusCode(), failed.body());
            assertTrue(Served.json(failed.body()).get("error").asText().contains("a bug in a command"));
            assertEquals("ok", Served.json(served.get("/api/health").body()).get("status").asText());
        }
    }
}
