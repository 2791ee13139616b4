package dev.rigadvisor.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the Chrome DevTools protocol with the JDK's own WebSocket client (no driver, no
 * library): one page, its commands, and the events it sent.
 */
final class DevTools implements AutoCloseable {

    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--remote-allow-origins=*", "--remote-debugging-port=0");

    private final Process browser;
    private WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    final List<JsonNode> events = Collections.synchronizedList(new ArrayList<>());

    private DevTools(Process browser) {
        this.browser = browser;
    }

    /** The Chromium on the PATH, if any. */
    static String binary() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }

    static DevTools launch(String binary, Path profile, String size) throws Exception {
        List<String> command = new ArrayList<>(List.of(binary));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("--window-size=" + size);
        command.add("about:blank");
        Process browser = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        Path active = profile.resolve("DevToolsActivePort");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!(Files.exists(active) && Files.readAllLines(active).size() >= 2)) {
            if (System.nanoTime() > until || !browser.isAlive()) {
                browser.destroyForcibly();
                throw new IllegalStateException("chromium did not start: " + Files.readString(profile.resolveSibling("chromium.log")));
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(active).get(0).trim());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> target = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/json/new?about:blank")).PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        String url = Served.json(target.body()).get("webSocketDebuggerUrl").asText();
        DevTools tools = new DevTools(browser);
        tools.socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                .buildAsync(URI.create(url), tools.listener()).get(30, TimeUnit.SECONDS);
        return tools;
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    received(Served.json(text.toString()));
                    text.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        };
    }

    private void received(JsonNode message) {
        if (message.has("id")) {
            CompletableFuture<JsonNode> waiting = pending.remove(message.get("id").asInt());
            if (waiting != null) {
                waiting.complete(message);
            }
        } else {
            events.add(message);
        }
    }

    /** Sends a command and waits for its result; a protocol error fails the test. */
    JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = Served.JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", Served.JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).get(10, TimeUnit.SECONDS);
        JsonNode reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.get("result");
    }

    /** Evaluates a script in the page (awaiting a promise) and gives back its value. */
    JsonNode eval(String script) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", script, "awaitPromise", true,
                "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return result.get("result").get("value");
    }

    /** Waits until a script's value is true. */
    void until(String script, String what) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            JsonNode value = eval(script);
            if (value != null && value.asBoolean()) {
                return;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Presses a key on the focused element, as a keyboard would. */
    void press(String key, int code, String text) throws Exception {
        call("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", key, "code", key,
                "windowsVirtualKeyCode", code, "text", text));
        call("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", key, "windowsVirtualKeyCode", code));
    }

    /** Console errors, uncaught exceptions and logged errors (a failed load among them) the page reported. */
    List<String> errors() {
        List<String> out = new ArrayList<>();
        synchronized (events) {
            for (JsonNode e : events) {
                String method = e.path("method").asText();
                JsonNode p = e.path("params");
                if (method.equals("Runtime.exceptionThrown")
                        || method.equals("Runtime.consoleAPICalled") && List.of("error", "assert").contains(p.path("type").asText())
                        || method.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error")) {
                    out.add(e.toString());
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
        browser.destroy();
        try {
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        } catch (InterruptedException e) {
            browser.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
