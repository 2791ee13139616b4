package dev.rigadvisor.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rigadvisor.catalog.JsonInput;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response: status, content type, body and extra headers. Errors are JSON: {"error": "one line", "status": N}. */
record Reply(int code, String type, byte[] body, Map<String, String> headers) {

    Reply(int code, String type, byte[] body) {
        this(code, type, body, Map.of());
    }

    Reply with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Reply(code, type, body, more);
    }

    static Reply text(String text) {
        return new Reply(200, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    static Reply error(String message) {
        return error(500, message);
    }

    static Reply error(int code, String message) {
        ObjectNode error = JsonInput.mapper().createObjectNode();
        error.put("error", message.lines().findFirst().orElse(message));
        error.put("status", code);
        return new Reply(code, "application/json", (error.toString() + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
