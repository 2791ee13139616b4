package dev.rigadvisor.render;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Text from input (a scenario's names, a catalog's ids, an error's message) made safe to print: every control
 * character (C0 with NUL, CR, LF and ESC; DEL; C1; the Unicode line and paragraph separators) is shown as an
 * escape such as {@code \x1B} or {@code \n}, so a name cannot clear the screen, retitle the terminal or forge a
 * line of output, and one string always prints on one line. The one place the text formats escape; JSON and
 * HTML escape in their own syntax, and Markdown escapes its HTML and link syntax here too.
 */
public final class Printable {

    private Printable() {
    }

    /** The text on one line, every control character escaped. */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        int i = 0;
        while (i < text.length() && !control(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!control(c)) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c > 0xFF ? String.format("\\u%04X", (int) c) : String.format("\\x%02X", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * The text for a Markdown line or table cell: controls escaped, HTML shown as text ({@code &lt;}), and the
     * brackets of link and image syntax, table bars and code quotes escaped, so input cannot add a link or markup.
     */
    public static String markdown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : line(text).toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '[', ']', '|', '`' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean control(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }

    /**
     * A copy of a record (a card, a report) with every string in it, at any depth of records, lists, sets and maps,
     * made {@link #line printable}; the text renderers print this copy. Anything else is kept as it is.
     */
    @SuppressWarnings("unchecked")
    public static <T> T of(T value) {
        return (T) copy(value);
    }

    /** The value with its strings printable: the same object when nothing in it needed escaping. */
    @SuppressWarnings("unchecked")
    private static Object copy(Object value) {
        if (value instanceof String s) {
            return line(s);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object item : list) {
                Object copied = copy(item);
                changed |= copied != item;
                out.add(copied);
            }
            return changed ? Collections.unmodifiableList(out) : list;
        }
        if (value instanceof Set<?> set) {
            Set<Object> out = set instanceof SortedSet<?> sorted ? new TreeSet<>((java.util.Comparator<Object>) sorted.comparator())
                    : new LinkedHashSet<>();
            boolean changed = false;
            for (Object item : set) {
                Object copied = copy(item);
                changed |= copied != item;
                out.add(copied);
            }
            return changed ? Collections.unmodifiableSet(out) : set;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = map instanceof SortedMap<?, ?> sorted
                    ? new TreeMap<>((java.util.Comparator<Object>) sorted.comparator()) : new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object k = copy(e.getKey());
                Object v = copy(e.getValue());
                changed |= k != e.getKey() || v != e.getValue();
                out.put(k, v);
            }
            return changed ? Collections.unmodifiableMap(out) : map;
        }
        if (value != null && value.getClass().isRecord()) {
            return record(value);
        }
        return value;
    }

    private static Object record(Object value) {
        RecordComponent[] components = value.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean changed = false;
        try {
            for (int i = 0; i < components.length; i++) {
                components[i].getAccessor().setAccessible(true);
                Object old = components[i].getAccessor().invoke(value);
                args[i] = copy(old);
                types[i] = components[i].getType();
                changed |= args[i] != old;
            }
            if (!changed) {
                return value;
            }
            Constructor<?> canonical = value.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + value.getClass().getSimpleName() + " printable", e);
        }
    }
}
