package dev.rigadvisor.engine;

import org.junit.jupiter.api.BeforeAll;
import dev.rigadvisor.bench.ScaledKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compiled-rules cache: used when it matches, rebuilt when it does not, never trusted blindly. */
class CompiledRulesTest {

    @TempDir
    static Path work;

    /** The shipped rules compiled once into a cache of their own, which the other tests copy. */
    static Path shippedCache;
    static RuleBase shipped;

    @BeforeAll
    static void compileTheShippedRules() {
        shippedCache = work.resolve("shipped-cache");
        shipped = RuleBase.load(Path.of("rules"), shippedCache);
    }

    @Test
    void shippedRulesCompileToTheExecutableModelAndDescribeTheSameRulesAsTheDrlCompiler() {
        assertTrue(shipped.compiled(), "the executable model cannot compile the shipped rules: " + shipped.warnings());
        assertEquals(RuleBase.build(Path.of("rules")).rules(), shipped.rules());
    }

    @Test
    void aLaterLoadUsesTheCachedModule() throws IOException {
        Path cache = ScaledKnowledge.copy(shippedCache, work.resolve("later-cache"));
        List<Path> jars = moduleJars(cache);
        assertEquals(1, jars.size());
        long written = Files.getLastModifiedTime(jars.get(0)).toMillis();
        RuleBase again = RuleBase.load(Path.of("rules"), cache);
        assertTrue(again.compiled());
        assertEquals(shipped.rules(), again.rules());
        assertEquals(jars, moduleJars(cache));
        assertEquals(written, Files.getLastModifiedTime(jars.get(0)).toMillis(), "the module was not written again");
    }

    @Test
    void aCorruptModuleIsCompiledAgain() throws IOException {
        Path cache = work.resolve("corrupt-cache");
        ScaledKnowledge.copy(shippedCache, cache);
        Path jar = moduleJars(cache).get(0);
        byte[] corrupt = Files.readAllBytes(jar);
        corrupt[corrupt.length / 2] ^= 0x5a;
        Files.write(jar, corrupt);
        RuleBase rules = RuleBase.load(Path.of("rules"), cache);
        assertTrue(rules.compiled());
        assertEquals(shipped.rules(), rules.rules());
        assertEquals(List.of(jar), moduleJars(cache));
        assertFalse(Arrays.equals(corrupt, Files.readAllBytes(jar)), "the module was written again");
    }

    @Test
    void aBrokenRuleIsReportedAtItsFileAndLine() throws IOException {
        Path rules = work.resolve("broken-rules");
        ScaledKnowledge.copy(Path.of("rules"), rules);
        Path file = rules.resolve("mistakes.drl");
        List<String> lines = Files.readAllLines(file);
        int line = lines.size() + 3;
        Files.writeString(file, String.join("\n", lines) + "\n\nrule \"broken\"\nwhen\n    $x : NoSuchFact( )\nthen\nend\n");
        RulesDoNotBuild e = assertThrows(RulesDoNotBuild.class, () -> RuleBase.load(rules, work.resolve("broken-cache")));
        RulesDoNotBuild direct = assertThrows(RulesDoNotBuild.class, () -> RuleBase.build(rules));
        RuleProblem first = e.problems().get(0);
        assertEquals(file.toString(), first.file(), first.oneLine());
        assertTrue(first.line() >= line - 1 && first.line() <= line + 1, first.oneLine() + ": expected near line " + line);
        assertEquals(direct.problems(), e.problems());
        assertTrue(moduleJars(work.resolve("broken-cache")).isEmpty(), "nothing is cached for rules that do not build");
    }

    @Test
    void anEditedRuleGetsAModuleOfItsOwn() throws IOException {
        Path rules = work.resolve("edited-rules");
        ScaledKnowledge.copy(Path.of("rules"), rules);
        Path cache = work.resolve("edited-cache");
        ScaledKnowledge.copy(shippedCache, cache);
        Path file = rules.resolve("mistakes.drl");
        Files.writeString(file, Files.readString(file).replaceFirst("rule \"", "rule \"edited: "));
        RuleBase edited = RuleBase.load(rules, cache);
        assertTrue(edited.compiled());
        assertTrue(edited.rules().stream().anyMatch(r -> r.name().startsWith("edited: ")));
        assertTrue(edited.rules().stream().allMatch(r -> r.file().startsWith(rules.toString())));
        assertEquals(2, moduleJars(cache).size());

        // the edited rules' module, copied with its index and checksum into the shipped rules' slot, is not trusted
        // there: the key recorded inside it is not the key of the rules being loaded
        Path shippedJar = moduleJars(shippedCache).get(0);
        String shippedKey = keyOf(shippedJar);
        Path editedJar = moduleJars(cache).stream().filter(j -> !keyOf(j).equals(shippedKey)).findFirst().orElseThrow();
        String editedKey = keyOf(editedJar);
        assertTrue(new CompiledRules.Entry(cache, shippedKey).read(shippedKey).isPresent());
        for (String suffix : List.of(".jar", ".index", ".crc")) {
            Files.copy(cache.resolve("rules-" + editedKey + suffix), cache.resolve("rules-" + shippedKey + suffix),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(new CompiledRules.Entry(cache, editedKey).read(editedKey).isPresent(), "trusted in its own slot");
        assertTrue(new CompiledRules.Entry(cache, shippedKey).read(shippedKey).isEmpty(), "not in another key's slot");
    }

    private static String keyOf(Path jar) {
        return jar.getFileName().toString().replaceFirst("^rules-", "").replaceFirst("\\.jar$", "");
    }

    @Test
    void aNewModuleTidiesAwayAllButTheMostRecentOnes() throws IOException {
        Path cache = work.resolve("crowded-cache");
        Files.createDirectories(cache);
        for (int i = 0; i < 10; i++) {
            for (String suffix : List.of(".jar", ".index", ".crc")) {
                Path old = Files.writeString(cache.resolve("rules-" + "%024x".formatted(i) + suffix), "old " + i);
                Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
            }
        }
        Path rules = ScaledKnowledge.copy(Path.of("rules"), work.resolve("crowded-rules"));
        assertTrue(RuleBase.load(rules, cache).compiled());
        List<Path> jars = moduleJars(cache);
        assertEquals(8, jars.size(), jars.toString());
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(8, files.filter(p -> p.toString().endsWith(".crc")).count());
        }
        assertFalse(jars.contains(cache.resolve("rules-" + "%024x".formatted(2) + ".jar")), "the oldest went first");
        assertTrue(jars.contains(cache.resolve("rules-" + "%024x".formatted(9) + ".jar")), "the newest stayed");
    }

    static List<Path> moduleJars(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(cache)) {
            return list.filter(p -> p.getFileName().toString().matches("rules-.*\\.jar")).sorted().toList();
        }
    }

}
