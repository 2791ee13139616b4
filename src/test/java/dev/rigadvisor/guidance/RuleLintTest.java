package dev.rigadvisor.guidance;

import dev.rigadvisor.TestFolders;
import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.catalog.AdviceRegistry;
import dev.rigadvisor.engine.RuleProblem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lints of `rig rules check`, over the shipped rules plus two fixture files that break each check once. */
class RuleLintTest {

    static final Path FIXTURES = Path.of("src/test/resources/guidance");

    @TempDir
    static Path dir;

    static List<String> findings;
    static Path lintA;

    @BeforeAll
    static void lint() throws IOException {
        Path rules = TestFolders.copy(Path.of("rules"), dir.resolve("rules"));
        lintA = rules.resolve("lint-a.drl");
        Files.copy(FIXTURES.resolve("lint-a.drl"), lintA);
        Files.copy(FIXTURES.resolve("lint-b.drl"), rules.resolve("lint-b.drl"));
        Advisor advisor = Advisor.load(rules, Path.of("facts"));
        List<ScenarioSweep.Run> runs = ScenarioSweep.run(advisor, FIXTURES.resolve("check"));
        findings = new RuleLint(advisor.rules(), AdviceRegistry.load(Path.of("facts"))).findings(runs).stream()
                .map(RuleProblem::oneLine).toList();
    }

    static List<String> about(String text) {
        return findings.stream().filter(f -> f.contains(text)).toList();
    }

    @Test
    void aRuleWithoutAdviceOrSourceIsReportedAtItsLine() {
        assertEquals(List.of(lintA + ":8:1: warning: rule \"no advice and no source\" cites no advice ID (@advice)"),
                about("cites no advice ID"));
        assertEquals(List.of(lintA + ":8:1: warning: rule \"no advice and no source\" cites no source (@source)"),
                about("cites no source"));
    }

    @Test
    void anUnknownAdviceIdIsReportedWithTheNearestKnownOne() {
        assertEquals(List.of(lintA + ":15:1: warning: rule \"cites an advice ID that does not exist\" cites unknown "
                + "advice ID \"MEM-99\"; did you mean \"MEM-9\"?"), about("MEM-99"));
    }

    @Test
    void aRuleNameUsedInTwoFilesIsReportedAtBoth() {
        List<String> same = about("rule name \"the same name twice\"");
        assertEquals(2, same.size(), same.toString());
        assertTrue(same.get(0).startsWith(lintA + ":24:1:") && same.get(0).endsWith("lint-b.drl:7"), same.get(0));
        assertTrue(same.get(1).contains("lint-b.drl:7:1:") && same.get(1).endsWith("lint-a.drl:24"), same.get(1));
    }

    @Test
    void aRuleThatNeverFiresIsDead() {
        assertTrue(findings.contains(lintA + ":8:1: warning: rule \"no advice and no source\" never fired in the 3 "
                + "scenario(s)"), findings.toString());
        assertTrue(about("\"lint fixture: favours the DGX Spark\" never fired").isEmpty(), "it fired");
    }

    @Test
    void oppositeConclusionsInOnePhaseWithoutSalienceAreReportedOnce() {
        List<String> conflicts = about("rules out a machine that rule");
        assertEquals(1, conflicts.stream().filter(c -> c.contains("lint fixture")).count(), conflicts.toString());
        String c = conflicts.stream().filter(f -> f.contains("lint fixture")).findFirst().orElseThrow();
        assertTrue(c.startsWith(lintA + ":33:1: warning: rule \"lint fixture: rules out the DGX Spark\" rules out a "
                + "machine that rule \"lint fixture: favours the DGX Spark\" (" + lintA + ":44) favours"), c);
        assertTrue(c.contains("phase \"judge\"") && c.contains("dgx-spark in "), c);
    }
}
