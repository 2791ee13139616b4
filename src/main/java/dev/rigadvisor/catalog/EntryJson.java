package dev.rigadvisor.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes one catalog entry in the style of the files in {@code facts/}: two-space indents, one field per line,
 * whole numbers without a decimal point, and lists of plain values either one item per line or, where the file
 * already writes them so, on one line.
 */
final class EntryJson {

    private static final Pattern INLINE_LIST = Pattern.compile("\": \\[(\"|-?[0-9]|true|false|null)");

    private final boolean inlineLists;

    private EntryJson(boolean inlineLists) {
        this.inlineLists = inlineLists;
    }

    /** The style of the given file's text: lists of plain values on one line if the file has any so written. */
    static EntryJson like(String fileText) {
        return new EntryJson(INLINE_LIST.matcher(fileText).find());
    }

    /** A record, with the keys of its {@code assumptions} maps sorted (the record does not keep their order). */
    String write(Object entry, int indent) {
        JsonNode tree = JsonInput.mapper().valueToTree(entry);
        sortAssumptions(tree);
        return write(tree, indent);
    }

    String write(JsonNode node, int indent) {
        StringBuilder out = new StringBuilder(" ".repeat(indent));
        value(node, indent, out);
        return out.toString();
    }

    private static void sortAssumptions(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode assumptions = object.get("assumptions");
            if (assumptions instanceof ObjectNode map) {
                Map<String, JsonNode> sorted = new TreeMap<>();
                map.fields().forEachRemaining(f -> sorted.put(f.getKey(), f.getValue()));
                map.removeAll();
                map.setAll(sorted);
            }
        }
        node.elements().forEachRemaining(EntryJson::sortAssumptions);
    }

    private void value(JsonNode node, int indent, StringBuilder out) {
        if (node.isObject()) {
            object(node, indent, out);
        } else if (node.isArray()) {
            array(node, indent, out);
        } else if (node.isNumber() && node.isFloatingPointNumber() && Math.rint(node.doubleValue()) == node.doubleValue()
                && Math.abs(node.doubleValue()) < 1e15) {
            out.append((long) node.doubleValue());
        } else {
            out.append(node);
        }
    }

    private void object(JsonNode node, int indent, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.fields().forEachRemaining(fields::add);
        String pad = " ".repeat(indent + 2);
        out.append("{\n");
        for (int i = 0; i < fields.size(); i++) {
            Map.Entry<String, JsonNode> f = fields.get(i);
            out.append(pad).append(com.fasterxml.jackson.databind.node.TextNode.valueOf(f.getKey())).append(": ");
            value(f.getValue(), indent + 2, out);
            out.append(i < fields.size() - 1 ? ",\n" : "\n");
        }
        out.append(" ".repeat(indent)).append('}');
    }

    private void array(JsonNode node, int indent, StringBuilder out) {
        boolean plain = true;
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            JsonNode e = it.next();
            plain &= !e.isContainerNode();
        }
        if (node.isEmpty() || plain && inlineLists) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i > 0 ? ", " : "");
                value(node.get(i), indent, out);
            }
            out.append(']');
            return;
        }
        String pad = " ".repeat(indent + 2);
        out.append("[\n");
        for (int i = 0; i < node.size(); i++) {
            out.append(pad);
            value(node.get(i), indent + 2, out);
            out.append(i < node.size() - 1 ? ",\n" : "\n");
        }
        out.append(" ".repeat(indent)).append(']');
    }
}
