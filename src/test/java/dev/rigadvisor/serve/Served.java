package dev.rigadvisor.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.cli.Main;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A real server on an ephemeral loopback port over the given knowledge, and a client for it. */
record Served(Server server, HttpClient client) implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    static Served start(Path rules, Path facts, Path portFile, Path auditDir) throws IOException {
        WarmKnowledge warm = WarmKnowledge.of(Advisor.load(rules, facts), dev.rigadvisor.engine.RuleBase.defaultCacheDir());
        Server server = Server.start(warm, Main::runFor,
                new Server.Settings("127.0.0.1", 0, auditDir, 4, Duration.ofSeconds(30), portFile));
        return new Served(server, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create(server.url()).resolve(path);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
