package dev.rigadvisor.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rigadvisor.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in headless Chromium: filled in for a shipped scenario and sent with the keyboard, it shows the machine and
 * the warnings the CLI's JSON gives for that scenario, its link gives the same card, and it logs no error.
 */
class PageTest {

    static final String SCENARIO = "scenarios/content-agency.json";

    @TempDir
    Path dir;

    @Test
    void theFormForAShippedScenarioShowsTheCliCard() throws Exception {
        String chromium = DevTools.binary();
        assumeTrue(chromium != null, "chromium is not installed (Debian: apt-get install chromium chromium-driver)");
        JsonNode cli = cliCard();
        JsonNode scenario = Served.json(Files.readString(Path.of(SCENARIO)));
        try (Served served = Served.start(Path.of("rules"), Path.of("facts"), null, null);
             DevTools page = DevTools.launch(chromium, dir.resolve("profile"), "1100,1400")) {
            page.call("Runtime.enable", Map.of());
            page.call("Log.enable", Map.of());
            page.call("Page.enable", Map.of());
            page.call("Page.navigate", Map.of("url", served.server().url()));
            page.until("document.body && document.body.dataset.ready === 'true'", "the page to load");

            fill(page, scenario);
            page.eval("document.getElementById('submit').focus(), true");
            page.press("Enter", 13, "\r");
            page.until("!!document.getElementById('choice')", "the card");

            assertEquals(cli.get("recommendation").get("hardware").get("id").asText(),
                    page.eval("document.getElementById('choice').dataset.hardware").asText());
            List<String> shown = new ArrayList<>();
            page.eval("[...document.querySelectorAll('.warn')].map(w => w.textContent)").forEach(w -> shown.add(w.asText()));
            assertEquals(cli.get("warnings").size(), shown.size(), shown.toString());
            for (int i = 0; i < shown.size(); i++) {
                JsonNode warning = cli.get("warnings").get(i);
                assertTrue(shown.get(i).startsWith("[" + warning.get("advice").asText() + "] " + warning.get("message").asText()),
                        shown.get(i));
            }
            assertTrue(page.eval("document.activeElement.id").asText().equals("result"), "focus moves to the answer");

            String shared = page.eval("location.href").asText();
            assertTrue(shared.contains("#scenario="), shared);
            page.call("Page.navigate", Map.of("url", "about:blank"));
            page.call("Page.navigate", Map.of("url", shared));
            page.until("!!document.getElementById('choice')", "the shared card");
            assertEquals(cli.get("recommendation").get("hardware").get("id").asText(),
                    page.eval("document.getElementById('choice').dataset.hardware").asText(), "the link gives the same card");

            JsonNode shot = page.call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/serve-page.png"), Base64.getDecoder().decode(shot.get("data").asText()));
            assertEquals(List.of(), page.errors(), "console errors");
        }
    }

    /** Fills the form as a person would: the name typed, the rest picked from the lists. */
    private static void fill(DevTools page, JsonNode s) throws Exception {
        page.eval("document.getElementById('name').select(), true");
        page.call("Input.insertText", Map.of("text", s.get("name").asText()));
        StringBuilder script = new StringBuilder("(() => {const pick = (e, v) => { e.value = v; "
                + "e.dispatchEvent(new Event('change', {bubbles: true})); };");
        script.append("pick(document.getElementById('budget'), ").append(s.get("budgetUsd").asDouble()).append(");");
        script.append("pick(document.getElementById('os'), '").append(s.path("platform").path("os").asText("any")).append("');");
        script.append("document.getElementById('portable').checked = ").append(s.path("platform").path("portable").asBoolean()).append(";");
        script.append("document.getElementById('cuda').checked = ").append("required".equals(s.path("platform").path("cuda").asText())).append(";");
        script.append("const c = new Set(").append(s.path("considering")).append(");");
        script.append("[...document.getElementById('considering').options].forEach(o => o.selected = c.has(o.value));");
        script.append("const list = document.getElementById('workload-list');");
        script.append("while (list.children.length < ").append(s.get("workloads").size())
                .append(") document.getElementById('add-workload').click();");
        int i = 0;
        for (JsonNode w : s.get("workloads")) {
            script.append("{const row = list.children[").append(i++).append("];");
            script.append("pick(row.querySelector('.wl-kind'), '").append(w.get("kind").asText()).append("');");
            script.append("pick(row.querySelector('.wl-task'), '").append(w.get("task").asText()).append("');");
            script.append("pick(row.querySelector('.wl-quality'), '").append(w.path("quality").asText("daily")).append("');");
            script.append("pick(row.querySelector('.wl-context'), '").append(w.path("contextTokens").asText("")).append("');");
            script.append("pick(row.querySelector('.wl-resolution'), '").append(w.path("resolution").asText("")).append("');}");
        }
        page.eval(script.append("return true;})()").toString());
    }

    private static JsonNode cliCard() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"recommend", SCENARIO, "--format", "json", "--no-audit"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        return Served.json(out.toString(StandardCharsets.UTF_8));
    }
}
