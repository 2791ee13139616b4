package dev.rigadvisor.render;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.Card;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardFormatsTest {

    static Advisor advisor;
    static Card card;

    @BeforeAll
    static void advise() {
        advisor = Advisor.load(Path.of("rules"), Path.of("facts"));
        card = advisor.advise(Path.of("src/test/resources/cli/writer.json"));
    }

    @Test
    void htmlIsOneSelfContainedPageWithAMemoryChart() {
        String html = HtmlCard.render(card);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.strip().endsWith("</html>"));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing is fetched");
        assertFalse(html.contains("<script"), "no scripts");
        if (card.satisfied()) {
            assertTrue(html.contains("<svg"));
            int workloads = card.recommendation().models().size();
            int machines = 1 + card.alternatives().size();
            // three stacked parts per workload and one bar per machine, each with a tooltip
            assertEquals(3 * workloads + machines, count(html, "<rect x=\"[0-9.]+\" y=\"[0-9]+\" width=\"[0-9.]+\" height=\"22\""));
            assertTrue(html.contains("largest workload"));
        }
    }

    @Test
    void htmlEscapesWhatItShows() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", HtmlCard.esc("a <b> & \"c\""));
    }

    @Test
    void markdownHasTheRecommendationTableAndTheAlternatives() {
        String md = MarkdownCard.render(card);
        assertTrue(md.startsWith("# Rig Advisor: Test writer"));
        if (card.satisfied()) {
            assertTrue(md.contains("| Workload | Model | Format | Weights |"));
            card.recommendation().models().forEach(p -> assertTrue(md.contains("| " + p.workload() + " |"), p.workload()));
        }
        assertTrue(md.contains("## Alternatives and why they lost"));
        assertEquals(count(md, "\n\\| `"), card.alternatives().size(), "one table row per alternative");
    }

    @Test
    void theSameScenarioGivesTheSamePageByteForByte() {
        Card again = advisor.advise(Path.of("src/test/resources/cli/writer.json"));
        assertEquals(HtmlCard.render(card), HtmlCard.render(again));
        assertEquals(MarkdownCard.render(card), MarkdownCard.render(again));
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
