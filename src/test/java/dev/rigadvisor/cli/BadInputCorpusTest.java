package dev.rigadvisor.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every bad input in {@code src/test/resources/bad-input/cases.csv} is answered with its documented exit code and
 * one line on stderr naming the file, the place and what is wrong, with no stack trace and nothing written: each
 * {@code recommend} case records into an audit folder that already holds an entry, which must stay as it was.
 */
class BadInputCorpusTest {

    @TempDir
    static Path root;

    static Path audit;
    static Map<Path, byte[]> auditBefore;

    @BeforeAll
    static void recordOneGoodRun() throws IOException {
        audit = root.resolve("audit");
        Rig good = Rig.run("recommend", BadInputCase.CORPUS.resolve("base.json").toString(), "--format", "json",
                "--audit-dir", audit.toString());
        assertTrue(good.code() == ExitCode.OK || good.code() == ExitCode.NO_HARDWARE, good.err());
        auditBefore = contents(audit);
        assertFalse(auditBefore.isEmpty(), "the good run is recorded");
    }

    static Map<Path, byte[]> contents(Path dir) throws IOException {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void theCorpusHoldsAtLeastFortyDistinctCases() throws IOException {
        List<BadInputCase> cases = BadInputCase.all();
        assertTrue(cases.size() >= 40, "only " + cases.size() + " cases");
        Set<String> names = new HashSet<>();
        cases.forEach(c -> assertTrue(names.add(c.name()), "two cases are named " + c.name()));
    }

    @TestFactory
    Stream<DynamicTest> eachBadInputGetsOneClearLine() throws IOException {
        return BadInputCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            BadInputCase.Workspace space = c.prepare(root.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-")));
            // a FIFO or a link to a device is never read here: it would hang or never end
            byte[] scenarioBefore = Files.isRegularFile(space.scenario()) ? Files.readAllBytes(space.scenario()) : null;
            List<String> args = new ArrayList<>(List.of(c.commandLine(space)));
            if (args.get(0).equals("recommend")) {
                args.addAll(List.of("--audit-dir", audit.toString()));
            }
            Rig run = Rig.run(args.toArray(String[]::new));
            String err = run.err().strip();
            assertEquals(c.exit(), run.code(), "exit code; stderr: " + err);
            assertEquals(1, err.lines().count(), "exactly one line on stderr:\n" + run.err());
            assertEquals("", run.out(), "nothing on stdout");
            if (!c.names().equals("-")) {
                assertTrue(c.location(space).matcher(err).find(), "names the file and place " + c.location(space)
                        + ":\n" + err);
            }
            String says = space.fill(c.says());
            assertTrue(err.contains(says), "says \"" + says + "\":\n" + err);
            assertFalse(err.contains("Exception") || err.contains("at dev.") || err.contains("\tat "),
                    "no stack trace or exception name:\n" + err);
            Map<Path, byte[]> auditAfter = contents(audit);
            assertEquals(auditBefore.keySet(), auditAfter.keySet(), "no audit entry written or removed");
            auditBefore.forEach((file, bytes) -> assertArrayEquals(bytes, auditAfter.get(file), file + " unchanged"));
            if (scenarioBefore != null && Files.isRegularFile(space.scenario())) {
                assertArrayEquals(scenarioBefore, Files.readAllBytes(space.scenario()), "the scenario is untouched");
            }
        }));
    }

    @Test
    void debugShowsTheStackTrace() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"recommend", BadInputCase.CORPUS.resolve("scenarios/unknown-kind.json").toString(),
            "--debug"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.BAD_INPUT, code);
        assertTrue(text.lines().findFirst().orElse("").contains("unknown kind \"lmm\""), text);
        assertTrue(text.contains("at dev.rigadvisor."), "a stack trace with --debug:\n" + text);
    }
}
