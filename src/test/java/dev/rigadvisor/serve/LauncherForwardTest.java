package dev.rigadvisor.serve;

import dev.rigadvisor.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher's fast path (src/main/bash/forward.bash, as the rig script sources it) against a real server: what it
 * prints, on both streams, and its exit code are those of the command in its own process, byte for byte.
 */
class LauncherForwardTest {

    /** The exit code of the test's script when the launcher would start its own JVM instead. */
    static final int NOT_FORWARDED = 99;

    @TempDir
    static Path here;

    static Served served;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v curl").start().waitFor() == 0, "curl is not installed");
        Files.createSymbolicLink(here.resolve("rules"), Path.of("rules").toRealPath());
        Files.createSymbolicLink(here.resolve("facts"), Path.of("facts").toRealPath());
        Files.createDirectories(here.resolve("scenarios"));
        for (String name : List.of("content-agency", "budget-coder")) {
            Files.copy(Path.of("scenarios", name + ".json"), here.resolve("scenarios").resolve(name + ".json"));
        }
        served = Served.start(Path.of("rules"), Path.of("facts"), here.resolve(".rig/server"), null);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    record Run(int code, String out, String err) {
    }

    @Test
    void forwardedCommandsPrintWhatTheirOwnProcessPrints() throws Exception {
        List<List<String>> commands = List.of(
                List.of("recommend", "scenarios/content-agency.json", "--no-audit"),
                List.of("recommend", "scenarios/budget-coder.json", "--no-audit", "--format", "json"),
                List.of("recommend", "scenarios/content-agency.json", "--no-audit", "--format", "markdown", "--have",
                        "rtx-4090-build"),
                List.of("recommend", "scenarios/missing.json", "--no-audit"),
                List.of("fit", "qwen3-32b", "--on", "rtx-4090-build"),
                List.of("fit", "nope", "--on", "rtx-4090-build"),
                List.of("compare", "dgx-spark", "rtx-5090-build", "--scenario", "scenarios/content-agency.json"),
                List.of("compare", "dgx-spark", "mac-studio-m4-max-128", "--scenario=scenarios/budget-coder.json"),
                List.of("explain", "scenarios/content-agency.json", "--hardware", "dgx-spark"));
        for (List<String> command : commands) {
            Run forwarded = launcher(Map.of(), command);
            assertTrue(forwarded.code() != NOT_FORWARDED, "forwarded: " + command + "\n" + forwarded.err());
            assertEquals(inProcess(command), forwarded, String.join(" ", command));
        }
    }

    @Test
    void theClientsOwnJvmAnswersWhenItShould() throws Exception {
        List<String> recommend = List.of("recommend", "scenarios/budget-coder.json", "--no-audit");
        assertEquals(NOT_FORWARDED, launcher(Map.of("RIG_SERVER", "off"), recommend).code(), "RIG_SERVER=off");
        List<String> ownRules = new ArrayList<>(recommend);
        ownRules.addAll(List.of("--rules", "rules"));
        assertEquals(NOT_FORWARDED, launcher(Map.of(), ownRules).code(), "a run naming its own rules");
        assertEquals(NOT_FORWARDED, launcher(Map.of(), List.of("recommend", "scenarios", "--no-audit")).code(),
                "a folder where a file goes");
    }

    /** What the command prints in a process of its own (here, this one: the launcher would have started a JVM). */
    static Run inProcess(List<String> command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(command.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The launcher's fast path for the command, run in the served folder. */
    static Run launcher(Map<String, String> env, List<String> command) throws Exception {
        List<String> line = new ArrayList<>(List.of("bash", "-c", "here=\"$1\"; shift; rules_dir=\"$PWD/rules\"; "
                + "source \"$here/src/main/bash/forward.bash\" && forward \"$@\"; exit " + NOT_FORWARDED, "bash",
                Path.of("").toAbsolutePath().toString()));
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line).directory(here.toFile());
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path err = Files.createTempFile(here, "err", ".txt");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        return new Run(code, out, Files.readString(err));
    }
}
