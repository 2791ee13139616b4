package dev.rigadvisor.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes one catalog entry in the style of the files in {@code facts/}: two-space indents, one field per line,
 * lists of plain values on one line, whole numbers without a decimal point, {@code assumptions} keys sorted.
 */
final class EntryJson {

    private EntryJson() {
    }

    static String write(Object entry, int indent) {
        StringBuilder out = new StringBuilder(" ".repeat(indent));
        value(JsonInput.mapper().valueToTree(entry), indent, false, out);
        return out.toString();
    }

    static String write(JsonNode node, int indent) {
        StringBuilder out = new StringBuilder(" ".repeat(indent));
        value(node, indent, false, out);
        return out.toString();
    }

    private static void value(JsonNode node, int indent, boolean sortKeys, StringBuilder out) {
        if (node.isObject()) {
            object(node, indent, sortKeys, out);
        } else if (node.isArray()) {
            array(node, indent, out);
        } else if (node.isNumber() && node.isFloatingPointNumber() && Math.rint(node.doubleValue()) == node.doubleValue()
                && Math.abs(node.doubleValue()) < 1e15) {
            out.append((long) node.doubleValue());
        } else {
            out.append(node);
        }
    }

    private static void object(JsonNode node, int indent, boolean sortKeys, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        if (sortKeys) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            fields.forEach(f -> sorted.put(f.getKey(), f.getValue()));
            fields = new ArrayList<>(sorted.entrySet());
        }
        String pad = " ".repeat(indent + 2);
        out.append("{\n");
        for (int i = 0; i < fields.size(); i++) {
            Map.Entry<String, JsonNode> f = fields.get(i);
            out.append(pad).append(com.fasterxml.jackson.databind.node.TextNode.valueOf(f.getKey())).append(": ");
            value(f.getValue(), indent + 2, f.getKey().equals("assumptions"), out);
            out.append(i < fields.size() - 1 ? ",\n" : "\n");
        }
        out.append(" ".repeat(indent)).append('}');
    }

    private static void array(JsonNode node, int indent, StringBuilder out) {
        boolean plain = true;
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode e = it.next();
            plain &= !e.isContainerNode();
        }
        if (plain) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i > 0 ? ", " : "");
                value(node.get(i), indent, false, out);
            }
            out.append(']');
            return;
        }
        String pad = " ".repeat(indent + 2);
        out.append("[\n");
        for (int i = 0; i < node.size(); i++) {
            out.append(pad);
            value(node.get(i), indent + 2, false, out);
            out.append(i < node.size() - 1 ? ",\n" : "\n");
        }
        out.append(" ".repeat(indent)).append(']');
    }
}
