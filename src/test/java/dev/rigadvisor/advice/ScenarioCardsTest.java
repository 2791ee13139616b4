package dev.rigadvisor.advice;

import dev.rigadvisor.catalog.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shipped scenario's card is checked against its expect block. */
class ScenarioCardsTest {

    static Advisor advisor;

    @BeforeAll
    static void load() {
        advisor = Advisor.load(Path.of("rules"), Path.of("facts"));
    }

    static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyShippedScenarioHasAnExpectBlock() throws IOException {
        List<Path> files = scenarioFiles();
        assertTrue(files.size() >= 6, "at least six scenarios ship");
        for (Path file : files) {
            assertNotNull(advisor.scenario(file).expect(), file + " has no expect block");
        }
    }

    @TestFactory
    Stream<DynamicTest> eachScenarioGetsTheCardItExpects() throws IOException {
        return scenarioFiles().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Scenario scenario = advisor.scenario(file);
            Card card = advisor.advise(scenario, file.toString());
            List<String> differences = ExpectationCheck.differences(card, scenario.expect());
            assertTrue(differences.isEmpty(), file + ":\n  " + String.join("\n  ", differences));
        }));
    }
}
