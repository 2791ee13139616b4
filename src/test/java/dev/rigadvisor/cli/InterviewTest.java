package dev.rigadvisor.cli;

import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterviewTest {

    @TempDir
    Path dir;

    @Test
    void someoneWhoOnlyMakesImagesIsNotAskedAboutContextOrApis() {
        // kinds, task, quality, budget, os, laptop?, cuda?, have, save
        Rig rig = Rig.withInput("image\ngenerate\nhero\n3000\nany\nn\nn\n\n\n", "interview");
        assertTrue(rig.code() == ExitCode.OK || rig.code() == ExitCode.NO_HARDWARE, rig.err());
        assertFalse(rig.err().contains("Context length"), rig.err());
        assertFalse(rig.err().contains("APIs"), rig.err());
        assertFalse(rig.err().contains("resolution"), rig.err());
        assertTrue(rig.out().contains("Workloads: image-generate (image/generate, hero)"), rig.out());
    }

    @Test
    void anLlmOnAMacIsAskedAboutContextButNotCudaAndTheScenarioIsSaved() throws Exception {
        Path file = dir.resolve("mine.json");
        // kinds, task (a typo, then right), quality, context, parallel, budget, os, laptop?, api spend, have, save
        String answers = "llm\ncodng\ncoding\nhero\n32768\n2\n2500\nmacos\ny\n50\n\n" + file + "\n";
        Rig rig = Rig.withInput(answers, "interview");
        assertTrue(rig.err().contains("Context length"), rig.err());
        assertTrue(rig.err().contains("did you mean \"coding\"? (try again)"), rig.err());
        assertFalse(rig.err().contains("CUDA"), "no CUDA question for a Mac:\n" + rig.err());
        assertTrue(rig.err().contains("saved the scenario to " + file), rig.err());
        Scenario saved = Scenarios.load(file, Catalog.load(Path.of("facts")));
        assertEquals(2500, saved.budgetUsd());
        assertEquals("macos", saved.platform().os());
        assertTrue(saved.platform().portable());
        assertEquals(32768, saved.workloads().get(0).contextTokens());
        assertEquals(2, saved.workloads().get(0).parallel());
        assertEquals(50, saved.apiSpendUsdPerMonth());
    }

    @Test
    void twoWorkloadsAreAskedWhetherTheyRunTogether() {
        String answers = "llm, video\nchat\ndaily\n\n1\ngenerate\ndaily\n720p\ny\n9000\nlinux\nn\nn\n0\n\n\n";
        Rig rig = Rig.withInput(answers, "interview", "--format", "json");
        assertTrue(rig.err().contains("same time"), rig.err());
        assertTrue(rig.err().contains("resolution"), rig.err());
        assertEquals("[[\"llm-chat\",\"video-generate\"]]", rig.json().get("scenario").get("together").toString());
    }

    @Test
    void pipedAnswersThatCannotBeUsedGiveUpAfterAFewTries() {
        Rig rig = Rig.withInput("llm\ncodng\ncodeing\n\u001b[2Jcoding!\ndaily\n3000\n", "interview");
        assertEquals(ExitCode.BAD_INPUT, rig.code());
        String last = rig.err().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("rig: <stdin>:question 2: 3 unusable answers in a row, the last: unknown llm task "
                + "\"\\x1B[2Jcoding!\""), rig.err());
        assertTrue(last.endsWith("giving up (the input is not a terminal)"), last);
        assertFalse(rig.err().contains("\u001b"), "the answer is echoed escaped:\n" + rig.err());
        assertEquals("", rig.out());
    }

    @Test
    void inputThatNeverEndsALineIsNotReadForEver() {
        Rig rig = Rig.withInput("x".repeat(1_000_000), "interview");
        assertEquals(ExitCode.BAD_INPUT, rig.code());
        assertTrue(rig.err().contains("the answer is longer than 1000 characters"), rig.err());
    }

    @Test
    void inputThatEndsEarlyIsBadInput() {
        Rig rig = Rig.withInput("llm\ncoding\n", "interview");
        assertEquals(ExitCode.BAD_INPUT, rig.code());
        assertTrue(rig.err().contains("the input ended before the interview finished"), rig.err());
        assertEquals("", rig.out());
    }
}
