package dev.rigadvisor.engine;

import dev.rigadvisor.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BrokenRulesTest {

    @Test
    void everyErrorIsReportedAtTheLineAndColumnOfTheDrlAPersonEdited(@TempDir Path dir) throws IOException {
        Path rules = TestFolders.copy(Path.of("rules"), dir.resolve("rules"));
        Path broken = rules.resolve("broken.drl");
        Files.copy(Path.of("src/test/resources/guidance/broken.drl"), broken);

        RulesDoNotBuild e = assertThrows(RulesDoNotBuild.class, () -> RuleBase.build(rules));
        List<String> places = e.problems().stream().map(p -> p.file() + ":" + p.line() + ":" + p.column()).toList();
        assertEquals(List.of(broken + ":13:20", broken + ":24:27"), places);
        assertTrue(e.problems().get(0).message().contains("paralel"), e.problems().get(0).message());
        assertTrue(e.problems().get(1).message().contains("The method idd() is undefined"), e.problems().get(1).message());
        assertEquals(2, e.getMessage().lines().count(), "one line per problem: " + e.getMessage());
        assertTrue(e.getMessage().lines().allMatch(l -> l.startsWith(broken + ":")), e.getMessage());
    }

    @Test
    void aSyntaxErrorIsOneProblemAtItsLineAndColumn(@TempDir Path dir) throws IOException {
        Path rules = TestFolders.copy(Path.of("rules"), dir.resolve("rules"));
        Path broken = rules.resolve("broken-syntax.drl");
        Files.copy(Path.of("src/test/resources/guidance/broken-syntax.drl"), broken);

        RulesDoNotBuild e = assertThrows(RulesDoNotBuild.class, () -> RuleBase.build(rules));
        assertEquals(1, e.problems().size(), e.getMessage());
        RuleProblem p = e.problems().get(0);
        assertEquals(broken + ":14:4", p.file() + ":" + p.line() + ":" + p.column(), p.oneLine());
    }
}
