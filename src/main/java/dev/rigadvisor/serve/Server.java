package dev.rigadvisor.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.JsonInput;
import dev.rigadvisor.catalog.ReplacedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 'rig serve': the page, the JSON API and the launcher's fast path over one warm {@link WarmKnowledge}, on the JDK's
 * own HTTP server (a loopback tool needs no more). Every answer is a command of the CLI run in this process
 * ({@link Commands}), so the API and the forwarded CLI say exactly what the CLI says.
 * <p>
 * Safe by default: loopback unless told otherwise, and then only for Host names of this machine (a web page elsewhere
 * cannot rebind a name to it); JSON bodies only (a form on another site cannot post one without asking first, and
 * nothing here answers that question); bodies up to 1 MB; a bounded pool of threads and queue; each answer bounded in
 * time as in firings; no request names a file or a folder.
 */
public final class Server {

    /** What the server is told when it starts. */
    public record Settings(String bind, int port, Path auditDir, int threads, Duration answerTime, Path portFile) {

        /** Answers are recorded in the audit store unless there is none. */
        boolean audit() {
            return auditDir != null;
        }
    }

    public static final int MAX_BODY = 1024 * 1024;

    private final WarmKnowledge knowledge;
    private final Commands commands;
    private final Settings settings;
    private final HttpServer http;
    private final ThreadPoolExecutor requests;
    private final ExecutorService answers;
    private final String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private final long started = System.nanoTime();
    private final AtomicLong answered = new AtomicLong();
    private final boolean loopback;
    private final Path jar = codeJar();
    private final long jarTime = modified(jar);

    private Server(WarmKnowledge knowledge, Commands commands, Settings settings) throws IOException {
        this.knowledge = knowledge;
        this.commands = commands;
        this.settings = settings;
        InetAddress address;
        try {
            address = InetAddress.getByName(settings.bind());
        } catch (java.net.UnknownHostException e) {
            throw new BadInput("--bind", null, "no such address or host name: " + settings.bind());
        }
        this.loopback = address.isLoopbackAddress();
        try {
            this.http = HttpServer.create(new InetSocketAddress(address, settings.port()), 64);
        } catch (BindException e) {
            throw new BadInput("--port", null, "cannot listen on " + settings.bind() + ":" + settings.port() + " ("
                    + e.getMessage() + "); try another --port, or --port 0 for any free one");
        }
        this.requests = new ThreadPoolExecutor(settings.threads(), settings.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(256), daemon("rig-serve-request"), new ThreadPoolExecutor.CallerRunsPolicy());
        this.answers = java.util.concurrent.Executors.newFixedThreadPool(settings.threads(), daemon("rig-serve-answer"));
        http.setExecutor(requests);
        http.createContext("/", this::handle);
    }

    /** Starts listening and writes the port file; {@link #stop} undoes both. */
    public static Server start(WarmKnowledge knowledge, Commands commands, Settings settings) throws IOException {
        Server server = new Server(knowledge, commands, settings);
        server.http.start();
        server.writePortFile();
        return server;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public String url() {
        String host = http.getAddress().getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
    }

    /** The secret the launcher sends with a forwarded run, from the port file only its owner can read. */
    public String token() {
        return token;
    }

    public void stop() {
        http.stop(0);
        requests.shutdownNow();
        answers.shutdownNow();
        try {
            if (settings.portFile() != null && Files.exists(settings.portFile())
                    && Files.readString(settings.portFile()).contains("token=" + token + "\n")) {
                Files.delete(settings.portFile());
            }
        } catch (IOException e) {
            // a port file left behind only costs the next client a refused connection and its own JVM
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                if (!hostAllowed(exchange)) {
                    send(exchange, 403, Reply.error("the Host header names another machine; this server answers "
                            + "for localhost only (see 'rig serve --bind')"));
                    return;
                }
                WarmKnowledge.State state = knowledge.now();
                exchange.getResponseHeaders().set("Rig-Knowledge", state.status());
                send(exchange, route(exchange, state));
            } catch (RuntimeException | Error e) {
                Throwable cause = e instanceof IllegalStateException && e.getCause() != null ? e.getCause() : e;
                send(exchange, 500, Reply.error("internal error: " + cause));
            }
        } catch (IOException | RuntimeException ignored) {
            // the client has gone, or the answer was half sent: nothing else to tell
        }
    }

    private Reply route(HttpExchange exchange, WarmKnowledge.State state) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (!path.startsWith("/api/")) {
            return method.equals("GET") || method.equals("HEAD") ? Page.asset(path) : Reply.error(405, "use GET");
        }
        String name = path.substring("/api/".length());
        Map<String, String> query = query(exchange);
        try {
            return switch (name) {
                case "health" -> get(method, () -> health(state));
                case "openapi.json" -> get(method, () -> Page.asset("/openapi.json"));
                case "hardware", "models" -> get(method, () -> answer(Call.listing(name, query), state, "json"));
                case "advice" -> get(method, () -> answer(Call.advice(), state, "json"));
                case "recommend" -> answer(Call.recommend(json(exchange), query, settings.auditDir()), state,
                        query.getOrDefault("format", "json"));
                case "fit" -> answer(Call.fit(json(exchange)), state, "json");
                case "compare" -> answer(Call.compare(json(exchange)), state, "json");
                case "what-if" -> answer(Call.whatIf(json(exchange)), state, "json");
                case "explain" -> answer(Call.explain(json(exchange)), state, "json");
                case "run" -> forwarded(exchange, state);
                default -> Reply.error(404, "no such endpoint: " + path + " (see /api/openapi.json)");
            };
        } catch (BadInput e) {
            return Reply.error(400, e.getMessage());
        } catch (Status e) {
            return Reply.error(e.code, e.getMessage());
        }
    }

    private Reply answer(Call call, WarmKnowledge.State state, String format) {
        Answer answer = bounded(call.args(), call.files(), false, state);
        answered.incrementAndGet();
        return switch (answer.code()) {
            case 0, 1 -> new Reply(200, contentType(format), answer.out().getBytes(StandardCharsets.UTF_8))
                    .with("Rig-Exit", String.valueOf(answer.code()));
            case 2 -> Reply.error(400, answer.message());
            case 3 -> Reply.error(422, answer.message());
            default -> Reply.error(500, answer.message());
        };
    }

    /** The launcher's fast path: the answer as its own process would print it, or "run it yourself". */
    private Reply forwarded(HttpExchange exchange, WarmKnowledge.State state) throws IOException {
        if (!token.equals(exchange.getRequestHeaders().getFirst("Rig-Token"))) {
            return Reply.error(403, "a forwarded run needs the token from the port file");
        }
        ForwardedRun run = ForwardedRun.parse(body(exchange));
        String local = !state.current() ? "the rules or facts as they are now do not load"
                : jarTime != modified(jar) ? "the jar changed since the server started" : run.local();
        if (local != null) {
            return Reply.text("rig-local " + local + "\n");
        }
        List<String> args = new java.util.ArrayList<>(run.args());
        if (args.get(0).equals("recommend") && !args.contains("--no-audit")) {
            args.add(1, settings.audit() ? "--audit-dir=" + settings.auditDir() : "--no-audit");
        }
        Answer answer = bounded(args, run.files(), run.colour(), state);
        answered.incrementAndGet();
        byte[] err = answer.err().getBytes(StandardCharsets.UTF_8);
        byte[] out = answer.out().getBytes(StandardCharsets.UTF_8);
        byte[] head = ("rig-answer " + answer.code() + " " + err.length + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + err.length + out.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(err, 0, body, head.length, err.length);
        System.arraycopy(out, 0, body, head.length + err.length, out.length);
        return new Reply(200, "application/octet-stream", body);
    }

    /** Runs a command on the answering pool, waiting at most the answer time. */
    private Answer bounded(List<String> args, Map<String, byte[]> files, boolean colour, WarmKnowledge.State state) {
        Future<Answer> future = answers.submit(() -> commands.run(args, files, colour, state.advisor()));
        try {
            return future.get(settings.answerTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Status(503, "the answer took longer than " + settings.answerTime().toSeconds() + " s; it was "
                    + "stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Status(503, "the server is stopping");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Reply health(WarmKnowledge.State state) {
        ObjectNode health = JsonInput.mapper().createObjectNode();
        health.put("status", state.current() ? "ok" : "stale");
        health.put("rulesVersion", state.advisor().version());
        health.put("problem", state.problem());
        health.put("loads", knowledge.loads());
        health.put("answered", answered.get());
        health.put("uptimeSeconds", (System.nanoTime() - started) / 1_000_000_000L);
        health.put("audit", settings.audit());
        return new Reply(200, "application/json", (health.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private boolean hostAllowed(HttpExchange exchange) {
        if (!loopback) {
            return true;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return true;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        return List.of("localhost", "127.0.0.1", "[::1]").contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    private static Reply get(String method, java.util.function.Supplier<Reply> reply) {
        return method.equals("GET") || method.equals("HEAD") ? reply.get() : Reply.error(405, "use GET");
    }

    private String json(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            throw new Status(405, "use POST with a JSON body");
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new Status(415, "send the body as Content-Type: application/json");
        }
        byte[] body = body(exchange);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new Status(400, "request body: is not UTF-8 text");
        }
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new Status(413, "request body: more than " + MAX_BODY + " bytes; the limit is 1 MB");
            }
            return body;
        }
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "true" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (query.put(key, value) != null) {
                throw new Status(400, "query: " + key + " is given twice");
            }
        }
        return query;
    }

    private static String contentType(String format) {
        return switch (format) {
            case "html" -> "text/html; charset=utf-8";
            case "markdown" -> "text/markdown; charset=utf-8";
            case "text" -> "text/plain; charset=utf-8";
            default -> "application/json";
        };
    }

    private static void send(HttpExchange exchange, int code, Reply reply) throws IOException {
        send(exchange, new Reply(code, reply.type(), reply.body()));
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", reply.type());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(reply.code(), head ? -1 : reply.body().length == 0 ? -1 : reply.body().length);
        if (!head && reply.body().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    private void writePortFile() throws IOException {
        Path file = settings.portFile();
        if (file == null) {
            return;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        String text = "port=" + port() + "\ntoken=" + token + "\npid=" + ProcessHandle.current().pid() + "\ncwd="
                + file.toAbsolutePath().getParent().getParent().toRealPath() + "\nrules=" + knowledge.rules().toRealPath() + "\nfacts="
                + knowledge.facts().toRealPath() + "\nurl=" + url() + "\n";
        ReplacedFile.write(file, text.getBytes(StandardCharsets.UTF_8));
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own permissions keep it
        }
    }

    private static Path codeJar() {
        try {
            Path code = Path.of(Server.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? code : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static long modified(Path file) {
        try {
            return file == null ? 0 : Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return -1;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicLong count = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** A request answered early with a status and a one-line reason. */
    static final class Status extends RuntimeException {
        final int code;

        Status(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
