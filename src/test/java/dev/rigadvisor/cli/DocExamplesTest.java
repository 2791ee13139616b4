package dev.rigadvisor.cli;

import org.junit.jupiter.api.DynamicTest;
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

    @TestFactory
    Stream<DynamicTest> everyConsoleBlockPrintsWhatItShows() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages.stream().map(page -> DynamicTest.dynamicTest(page.toString(), () -> check(page)));
    }

    @org.junit.jupiter.api.Test
    void theDocsHoldCheckedExamples() throws IOException {
        long examples = 0;
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path page : Stream.concat(Stream.of(Path.of("README.md")), docs).toList()) {
                examples += DocPage.read(page).examples().size();
            }
        }
        assertTrue(examples >= 20, "only " + examples + " checked examples");
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
