package dev.rigadvisor.render;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrintableTest {

    @Test
    void everyControlCharacterIsShownAsAnEscape() {
        assertEquals("a\\x1B[2Jb\\r\\nc\\x00\\x85\\x7F\\t\\u2028", Printable.line("a\u001b[2Jb\r\nc\u0000\u0085\u007f\t\u2028"));
        assertEquals("Qwen3 32B — ünïcode", Printable.line("Qwen3 32B — ünïcode"));
    }

    @Test
    void plainTextIsTheSameString() {
        String plain = "rtx-5090-build";
        assertSame(plain, Printable.line(plain));
    }

    @Test
    void markdownShowsHtmlAndLinkSyntaxAsText() {
        assertEquals("&lt;script&gt;x&lt;/script&gt; \\[click\\](http://evil) \\|a\\| \\`b\\`",
                Printable.markdown("<script>x</script> [click](http://evil) |a| `b`"));
    }

    record Inner(String name, List<String> ids, Map<String, Double> numbers) {
    }

    record Outer(String title, Inner inner, int count) {
    }

    @Test
    void aRecordIsCopiedWithEveryStringEscapedAtAnyDepth() {
        Outer outer = new Outer("t\u001b]0;owned\u0007", new Inner("n\r\nforged", List.of("ok", "x\u009b"),
                Map.of("k\n", 1.0)), 3);
        Outer shown = Printable.of(outer);
        assertEquals("t\\x1B]0;owned\\x07", shown.title());
        assertEquals("n\\r\\nforged", shown.inner().name());
        assertEquals(List.of("ok", "x\\x9B"), shown.inner().ids());
        assertEquals(Map.of("k\\n", 1.0), shown.inner().numbers());
        assertEquals(3, shown.count());
        Outer clean = new Outer("t", new Inner("n", List.of("a"), Map.of()), 1);
        assertSame(clean, Printable.of(clean), "nothing to escape: the same record");
        assertFalse(shown.toString().chars().anyMatch(c -> c < 0x20 && c != ' '), shown.toString());
        assertTrue(shown.toString().contains("\\x1B"));
    }
}
