package dev.rigadvisor.cli;

import dev.rigadvisor.catalog.Amounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input as people type it (issue 18): sizes and sums in their usual forms, near misses named, no invented budget. */
class ForgivingInputTest {

    @ParameterizedTest(name = "{0} tokens")
    @CsvSource({"128k, 131072", "32K, 32768", "1M, 1048576", "131072, 131072", "'8,192', 8192", "4k tokens, 4096"})
    void tokenCountsReadAsWritten(String typed, int tokens, @org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        assertEquals(tokens, Amounts.tokens(typed));
        Path file = dir.resolve("asked.json");
        Rig rig = Rig.run("ask", "--llm", "coding", "--context", typed, "--save", file.toString());
        assertTrue(Files.readString(file).contains("\"contextTokens\" : " + tokens), rig.err() + Files.readString(file));
    }

    @ParameterizedTest(name = "{0} dollars")
    @CsvSource({"'$3,500', 3500", "3.5k, 3500", "3500, 3500", "$1.2M, 1200000", "'US$ 2,000', 2000", "150 usd, 150"})
    void sumsOfDollarsReadAsWritten(String typed, double dollars) {
        assertEquals(dollars, Amounts.dollars(typed), 1e-9);
        Rig rig = Rig.run("ask", "--llm", "coding", "--budget", typed, "--format", "json");
        assertEquals(dollars, rig.json().get("scenario").get("budgetUsd").asDouble(), 1e-9, rig.err());
    }

    @Test
    void somethingElseIsOneLineNamingTheForms() {
        assertThrows(IllegalArgumentException.class, () -> Amounts.tokens("lots"));
        assertThrows(IllegalArgumentException.class, () -> Amounts.tokens("1.5"));
        Rig rig = Rig.run("ask", "--llm", "coding", "--context", "lots");
        assertEquals(ExitCode.BAD_INPUT, rig.code());
        assertEquals(1, rig.err().lines().count(), rig.err());
        assertTrue(rig.err().contains("128k"), rig.err());
        Rig money = Rig.run("ask", "--llm", "coding", "--budget", "a lot");
        assertEquals(ExitCode.BAD_INPUT, money.code());
        assertTrue(money.err().contains("$3,500"), money.err());
    }

    @Test
    void theInterviewTakesTheSameForms(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("typed.json");
        // kinds, task, quality, context, parallel, budget, os, laptop?, api spend, have, save
        String answers = "llm\ncoding\ndaily\n128k\n1\n$1,500\nmacos\nn\n0\n\n" + file + "\n";
        Rig rig = Rig.withInput(answers, "interview");
        assertTrue(rig.err().contains("saved the scenario to " + file), rig.err());
        String saved = Files.readString(file);
        assertTrue(saved.contains("\"budgetUsd\" : 1500") || saved.contains("\"budgetUsd\": 1500"), saved);
        assertTrue(saved.contains("131072"), saved);
    }

    @Test
    void nearMissesAreNamed() {
        assertTrue(Rig.run("ask", "--llm", "coding", "--fromat", "html").err().contains("did you mean --format?"));
        assertTrue(Rig.run("version").err().contains("did you mean --version?"));
        assertTrue(Rig.run("recomend", "x.json").err().contains("did you mean recommend?"));
        String tasks = Rig.run("ask", "--llm", "code").err();
        assertTrue(tasks.contains("coding") && tasks.contains("rag") && tasks.contains("writing"), tasks);
        String format = Rig.run("ask", "--llm", "coding", "--format", "yaml").err();
        assertTrue(format.contains("text") && format.contains("json") && format.contains("html"), format);
    }

    @Test
    void completionOffersCatalogIdsAndTasks(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path script = dir.resolve("rig.bash");
        Files.writeString(script, Rig.run("completion", "bash").out());
        String probe = "source " + script + "\n"
                + "COMP_WORDS=(rig fit qwen3-32b --on rtx-40); COMP_CWORD=4; _rig_values; echo \"on: ${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(rig ask --llm cod); COMP_CWORD=3; _rig_values; echo \"llm: ${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(rig ask --model qwen3-3); COMP_CWORD=3; _rig_values; echo \"model: ${COMPREPLY[*]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes());
        assertEquals(0, bash.waitFor(), out);
        for (String[] line : new String[][] {{"on: ", "rtx-40", "rtx-4090-build"}, {"llm: ", "cod", "coding"},
                {"model: ", "qwen3-3", "qwen3-32b"}}) {
            String got = out.lines().filter(l -> l.startsWith(line[0])).findFirst().orElse("").substring(line[0].length());
            assertTrue(List.of(got.split(" ")).contains(line[2]), out);
            assertTrue(Stream.of(got.split(" ")).allMatch(v -> v.startsWith(line[1])), out);
        }
    }

    @Test
    void noBudgetMeansNoInventedFigure() {
        Rig rig = Rig.run("ask", "--llm", "coding");
        assertTrue(rig.out().contains("Budget no limit"), rig.out());
        assertFalse(rig.out().contains("10,000,000") || rig.out().contains("10000000"), rig.out());
    }

    @Test
    void whatIfPrintsWhatChangedFirstAndFitTheAdviceThatMadeItsAnswer() {
        Rig whatIf = Rig.run("what-if", "scenarios/content-agency.json", "--set", "budgetUsd=15000");
        assertTrue(whatIf.out().startsWith("=== What changed ==="), whatIf.out());
        assertTrue(whatIf.out().lines().count() < 30, whatIf.out());
        Rig fit = Rig.run("fit", "qwen3-32b", "--on", "rtx-4090-build");
        Rig why = Rig.run("fit", "qwen3-32b", "--on", "rtx-4090-build", "--why");
        assertFalse(fit.out().contains("limit: a 32GB-class card"), fit.out());
        assertTrue(fit.out().contains("--why lists them"), fit.out());
        assertTrue(why.out().contains("limit: a 32GB-class card"), why.out());
    }

    @Test
    void everyShippedDefaultCardFitsSeventyLinesAndAllListsEveryMachine() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            Rig card = Rig.run("recommend", f.toString(), "--no-audit");
            long lines = card.out().lines().count();
            assertTrue(lines <= 70, f + ": " + lines + " lines");
        }
        Rig all = Rig.run("recommend", "scenarios/content-agency.json", "--no-audit", "--all");
        for (String id : List.of("mac-mini-m4-16", "rtx-4060-build", "pro-6000-plus-5090")) {
            assertTrue(all.out().contains("  " + id + " ("), id + " listed with --all");
        }
    }
}
