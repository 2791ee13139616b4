package dev.rigadvisor.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rigadvisor.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API over HTTP: the CLI's answers and errors, the limits, and what no request can do. */
class ApiTest {

    @TempDir
    static Path dir;

    static Served served;

    @BeforeAll
    static void start() throws Exception {
        served = Served.start(Path.of("rules"), Path.of("facts"), dir.resolve(".rig/server"), dir.resolve("audit"));
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    /** What 'rig ARGS' prints to standard output in its own process. */
    static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A card without what differs from run to run or names where the scenario came from. */
    static JsonNode comparable(String card) {
        ObjectNode node = (ObjectNode) Served.json(card);
        node.remove(List.of("auditId", "createdAt"));
        ((ObjectNode) node.get("scenario")).remove("file");
        return node;
    }

    @Test
    void recommendAnswersTheCliCardAndRecordsIt() throws Exception {
        for (String name : List.of("content-agency", "budget-coder", "video-beside-llm")) {
            Path file = Path.of("scenarios", name + ".json");
            HttpResponse<String> response = served.post("/api/recommend", Files.readString(file));
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Rig-Knowledge").orElseThrow().startsWith("current "));
            assertEquals(comparable(cli("recommend", file.toString(), "--format", "json", "--no-audit")),
                    comparable(response.body()), name);
            String id = Served.json(response.body()).get("auditId").asText();
            assertTrue(Files.exists(dir.resolve("audit").resolve(id + ".json")), "recorded as the CLI records: " + id);
        }
    }

    @Test
    void theOtherEndpointsAnswerAsTheirCommands() {
        assertEquals(cli("fit", "qwen3-32b", "--on", "rtx-4090-build", "--format", "json"),
                served.post("/api/fit", "{\"model\": \"qwen3-32b\", \"on\": \"rtx-4090-build\"}").body());
        assertEquals(cli("fit", "--params", "32.8", "--memory-gb", "24", "--bandwidth-gbs", "1008", "--format", "json"),
                served.post("/api/fit", "{\"params\": 32.8, \"memoryGb\": 24, \"bandwidthGbs\": 1008}").body());
        assertEquals(cli("compare", "dgx-spark", "rtx-5090-build", "--llm", "coding", "--format", "json"),
                served.post("/api/compare", "{\"machines\": [\"dgx-spark\", \"rtx-5090-build\"], \"llm\": [\"coding\"]}").body());
        assertEquals(cli("hardware", "--cuda", "--format", "json"), served.get("/api/hardware?cuda").body());
        assertEquals(cli("models", "--kind", "image", "--format", "json"), served.get("/api/models?kind=image").body());
        String scenario = "{\"name\": \"t\", \"budgetUsd\": 3000, \"workloads\": [{\"id\": \"c\", \"kind\": \"llm\", \"task\": \"coding\"}]}";
        JsonNode whatIf = Served.json(served.post("/api/what-if", "{\"scenario\": " + scenario
                + ", \"set\": [\"budgetUsd=20000\"]}").body());
        assertTrue(whatIf.has("before") || whatIf.size() > 1, whatIf.toString());
        JsonNode why = Served.json(served.post("/api/explain", "{\"scenario\": " + scenario + ", \"hardware\": \"dgx-spark\"}").body());
        assertFalse(why.isEmpty());
        JsonNode health = Served.json(served.get("/api/health").body());
        assertEquals("ok", health.get("status").asText());
        JsonNode openapi = Served.json(served.get("/api/openapi.json").body());
        assertTrue(openapi.get("paths").has("/api/recommend"));
        assertTrue(served.get("/").body().contains("<form id=\"scenario-form\""));
    }

    @Test
    void badInputGetsFourHundredsWithTheCliOneLineMessage() {
        assertError(served.post("/api/fit", "{\"model\": \"nope\", \"on\": \"rtx-4090-build\"}"), 400,
                "MODEL: unknown model \"nope\"");
        assertError(served.post("/api/recommend", "{\"name\": \"x\", \"budgetUsd\": 100,"), 400, "request body:1:32");
        assertError(served.post("/api/recommend", "[1, 2]"), 400, "expected a JSON object");
        assertError(served.post("/api/fit", "{\"model\": \"qwen3-32b\", \"rules\": \"/etc\"}"), 400, "rules: unknown field");
        assertError(served.post("/api/recommend?rules=/etc", "{}"), 400, "unknown parameter");
        // an id that reads as an option is only ever an id
        assertError(served.post("/api/compare", "{\"machines\": [\"--rules=/etc\", \"dgx-spark\"], \"llm\": [\"coding\"]}"),
                400, "--rules=/etc");
        assertError(served.post("/api/fit", "{\"model\": \"@/etc/passwd\", \"on\": \"dgx-spark\"}"), 400,
                "unknown model \"@/etc/passwd\"");
        assertError(served.get("/api/recommend"), 405, "POST");
        assertError(served.get("/api/nothing"), 404, "no such endpoint");
        assertError(served.send(HttpRequest.newBuilder(served.uri("/api/recommend"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build()), 415,
                "application/json");
        String big = "{\"name\": \"" + "x".repeat(Server.MAX_BODY) + "\"}";
        assertError(served.post("/api/recommend", big), 413, "1 MB");
        StringBuilder many = new StringBuilder("{\"name\": \"many\", \"budgetUsd\": 9000, \"workloads\": [");
        for (int i = 0; i < 65; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\": \"w").append(i).append("\", \"kind\": \"llm\", \"task\": \"chat\"}");
        }
        assertError(served.post("/api/recommend", many + "]}"), 400, "at most 64");
        assertError(served.send(HttpRequest.newBuilder(served.uri("/api/run")).POST(HttpRequest.BodyPublishers
                .ofString("rig-run 1\ncolour 0\nend\n")).build()), 403, "token");
        assertEquals("ok", Served.json(served.get("/api/health").body()).get("status").asText(), "still serving");
    }

    @Test
    void anotherHostNameIsRefusedOnLoopback() throws Exception {
        // HttpClient does not let a caller set Host; a raw request does, as a rebinding page's browser would
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", served.server().port())) {
            socket.getOutputStream().write(("GET /api/health HTTP/1.1\r\nHost: evil.example:" + served.server().port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(reply.startsWith("HTTP/1.1 403"), reply);
        }
    }

    @Test
    void thePortFileTellsTheLauncherWhereAndIsOnlyTheOwners() throws Exception {
        Path file = dir.resolve(".rig/server");
        String text = Files.readString(file);
        assertTrue(text.contains("port=" + served.server().port() + "\n"), text);
        assertTrue(text.contains("token=" + served.server().token() + "\n"));
        assertTrue(text.contains("rules=" + Path.of("rules").toRealPath() + "\n"));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    private static void assertError(HttpResponse<String> response, int status, String part) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = Served.json(response.body());
        String message = error.get("error").asText();
        assertTrue(message.contains(part), message);
        assertFalse(message.contains("\n") || message.contains("\tat "), message);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }
}
