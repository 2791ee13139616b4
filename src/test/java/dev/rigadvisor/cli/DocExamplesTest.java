package dev.rigadvisor.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Doc tests: every ```console block in README.md and docs/*.md is run and its output compared, so the docs
 * cannot drift from what rig prints. {@code -Ddocs.update=true} writes today's output into the blocks instead
 * (see docs/guidance.md, "When the guidance changes: the docs follow").
 */
class DocExamplesTest {

    static final boolean UPDATE = Boolean.getBoolean("docs.update");

    @TempDir
    Path auditFolders;

    /** README.md and every page under docs/. */
    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    @TestFactory
    Stream<DynamicTest> everyConsoleBlockPrintsWhatItShows() throws IOException {
        return pages().stream().map(page -> DynamicTest.dynamicTest(page.toString(), () -> check(page)));
    }

    @Test
    void theDocsHoldCheckedExamples() throws IOException {
        long examples = 0;
        for (Path page : pages()) {
            examples += DocPage.read(page).examples().size();
        }
        assertTrue(examples >= 30, "only " + examples + " checked examples");
    }

    @Test
    void leftOutLinesAndWhatVariesFromRunToRunAreAllThatIsIgnored() {
        DocPage.Example example = new DocPage.Example("./rig audit list", 1,
                List.of("first", "...", "20261129T120435.481Z-76c86ff8  2026-11-29T12:04:35.481Z  version d4ca2a3ef588b62b"), 1, 4);
        assertTrue(example.mismatch(List.of("first", "second", "third",
                "20261130T090000.000Z-0123abcd  2026-11-30T09:00:00.000Z  version 0123456789abcdef")).isEmpty());
        assertTrue(example.mismatch(List.of("first", "20261130T090000.000Z-0123abcd  2026-11-30T09:00:00.000Z  "
                + "version 0123456789abcdef  and more")).isPresent(), "a changed last line");
        assertTrue(example.mismatch(List.of("First", "x", "20261130T090000.000Z-0123abcd  2026-11-30T09:00:00.000Z  "
                + "version 0123456789abcdef")).isPresent(), "a changed first line");
        assertEquals(List.of("first", "...", "last"), example.trimmedLike(List.of("first", "a", "b", "last")));
    }

    private void check(Path file) throws IOException {
        DocPage page = DocPage.read(file);
        Path audit = auditFolders.resolve(file.getFileName().toString());
        ExampleRun.Ids ids = new ExampleRun.Ids();
        List<String> problems = new ArrayList<>();
        for (DocPage.Example example : page.examples()) {
            List<String> printed = ExampleRun.run(example, audit, ids);
            example.mismatch(printed).ifPresent(p -> {
                if (UPDATE) {
                    page.replace(example, ids.asShown(printed));
                } else {
                    problems.add(file + ":" + example.line() + ": $ " + example.command() + "\n" + p);
                }
            });
        }
        if (page.changed()) {
            page.write();
        }
        assertEquals("", String.join("\n\n", problems),
                "the docs show output rig no longer prints; if the change is meant, regenerate them: "
                        + "mvn test -Dtest='DocExamplesTest,CalibrationTest' -Ddocs.update=true");
    }
}
