package dev.rigadvisor.engine;

import dev.rigadvisor.bench.ScaledKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's preloaded module, in real processes started as the launcher starts them: used when it is the
 * module of the rules as they are, and never a source of stale answers after a rule is edited.
 */
class PreloadedModuleProcessTest {

    private static final String RULE = "rule \"fits in a dedicated GPU's memory\"";

    @TempDir
    Path work;

    @Test
    void thePreloadedModuleIsUsedWhenItMatchesAndAnEditedRuleIsNeverAnsweredFromIt() throws Exception {
        Path rules = ScaledKnowledge.copy(Path.of("rules"), work.resolve("rules"));
        Path cache = work.resolve("cache");
        Path module = cache.resolve("preloaded-rules.jar");

        Run first = run(rules, cache, module);
        assertTrue(Files.isRegularFile(module), "the first run keeps its module for the next start");
        assertTrue(first.card().contains("fits in a dedicated GPU's memory\""), "the rule fires for this scenario");

        Run second = run(rules, cache, module);
        assertEquals(first.card(), second.card());
        assertTrue(second.loadedFrom(module), "the matching module on the class path is used");

        Path drl = rules.resolve("platforms.drl");
        String text = Files.readString(drl);
        assertTrue(text.contains(RULE));
        Files.writeString(drl, text.replace(RULE, "rule \"fits in a dedicated GPU's memory (edited)\""));
        byte[] stale = Files.readAllBytes(module);
        Run edited = run(rules, cache, module);
        assertTrue(edited.card().contains("fits in a dedicated GPU's memory (edited)\""), "the edit takes effect at once");
        assertFalse(edited.loadedFrom(module), "the stale module on the class path is not used");
        assertFalse(java.util.Arrays.equals(stale, Files.readAllBytes(module)), "the edited rules' module replaces it");

        Run after = run(rules, cache, module);
        assertEquals(edited.card(), after.card());
        assertTrue(after.loadedFrom(module));

        // Undone, the rules are those of a module still cached; the edited one on the class path must not answer.
        Files.writeString(drl, text);
        Run undone = run(rules, cache, module);
        assertEquals(first.card(), undone.card());
        assertFalse(undone.loadedFrom(module));
    }

    private record Run(String card, String classLog) {
        boolean loadedFrom(Path module) {
            return classLog.lines().anyMatch(l -> l.contains(" rules.") && l.contains("source: file:" + module));
        }
    }

    /** One run as the launcher starts it: the module (if there is one yet) on the class path, named and kept for the rules. */
    private Run run(Path rules, Path cache, Path module) throws IOException, InterruptedException {
        Path classLog = Files.createTempFile(work, "classes", ".log");
        String classPath = System.getProperty("java.class.path")
                + (Files.isRegularFile(module) ? File.pathSeparator + module : "");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m", "-Xlog:class+load=info:file=" + classLog,
                "-Drig.rules.preloaded=" + module, "-Drig.rules.preloaded.for=" + rules, "-cp", classPath,
                "dev.rigadvisor.cli.Main", "recommend", "scenarios/content-agency.json", "--rules", rules.toString(),
                "--cache", cache.toString(), "--no-audit", "--format", "json"));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String card = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), card);
        return new Run(card, Files.readString(classLog));
    }
}
