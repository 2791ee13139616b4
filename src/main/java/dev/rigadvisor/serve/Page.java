package dev.rigadvisor.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The page and its assets, served from the jar: nothing is fetched from anywhere else. */
final class Page {

    private static final Map<String, String> ASSETS = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/app.css", "app.css",
            "/openapi.json", "openapi.json",
            "/scenario.schema.json", "/scenario.schema.json");

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json");

    private Page() {
    }

    static Reply asset(String path) {
        String name = ASSETS.get(path);
        if (name == null) {
            return Reply.error(404, "no such page: " + path);
        }
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                return Reply.error(404, "no such page: " + path);
            }
            String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
            return new Reply(200, type, in.readAllBytes()).with("Content-Security-Policy",
                    "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
