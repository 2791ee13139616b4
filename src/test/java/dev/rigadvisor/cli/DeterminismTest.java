package dev.rigadvisor.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same inputs give the same JSON card, byte for byte, apart from its timestamp and audit id: run after run
 * in one JVM, in separate JVMs, and whatever order the files of the rules and facts folders are listed in.
 */
class DeterminismTest {

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            List<Path> shipped = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertFalse(shipped.isEmpty(), "scenarios ship");
            return shipped;
        }
    }

    /** The card without the two fields that differ by design. */
    static String comparable(String json) {
        return json.replaceAll("\"(createdAt|auditId)\" : (\"[^\"]*\"|null)", "\"$1\" : \"-\"");
    }

    static String card(Path scenario, String... knowledge) {
        List<String> args = new ArrayList<>(List.of("recommend", scenario.toString(), "--format", "json", "--no-audit"));
        args.addAll(List.of(knowledge));
        Rig rig = Rig.run(args.toArray(String[]::new));
        assertTrue(rig.code() == ExitCode.OK || rig.code() == ExitCode.NO_HARDWARE, scenario + ": " + rig.err());
        return comparable(rig.out());
    }

    @Test
    void runsInOneJvmGiveTheSameCard() throws IOException {
        for (Path scenario : scenarios()) {
            String first = card(scenario);
            assertTrue(first.contains("\"trail\""), "a JSON card");
            assertEquals(first, card(scenario), scenario.toString());
        }
    }

    @Test
    void separateJvmsGiveTheSameCard() throws Exception {
        Path scenario = scenarios().get(0);
        Process[] processes = new Process[2];
        for (int i = 0; i < processes.length; i++) {
            // C1 only: these short runs start faster, and the output does not depend on the JIT
            processes[i] = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "recommend", scenario.toString(), "--format", "json", "--no-audit")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        }
        List<String> cards = new ArrayList<>();
        for (Process p : processes) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(ExitCode.OK, p.waitFor(), "exit code of a separate JVM");
            cards.add(comparable(out));
        }
        assertEquals(cards.get(0), cards.get(1), "two JVMs");
        assertEquals(card(scenario), cards.get(0), "a separate JVM and this one");
    }

    /**
     * A copy of rules/, facts/ and the scenarios with its files created in the opposite order to their names: with
     * the copy's own folder taken out of the paths the card shows, it gives the card the shipped folders give.
     */
    @Test
    void theOrderFilesAreListedInDoesNotMatter(@TempDir Path copy) throws IOException {
        for (String folder : List.of("rules", "facts", "scenarios")) {
            copyInReverseOrder(Path.of(folder), copy.resolve(folder));
        }
        for (Path scenario : scenarios()) {
            String card = card(copy.resolve(scenario), "--rules", copy.resolve("rules").toString(),
                    "--facts", copy.resolve("facts").toString());
            assertEquals(card(scenario), card.replace(copy + "/", ""), scenario.toString());
        }
    }

    private static void copyInReverseOrder(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
        Collections.reverse(files);
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
    }
}
