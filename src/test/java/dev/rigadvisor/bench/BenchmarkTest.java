package dev.rigadvisor.bench;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.batch.BatchRun;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkTest {

    @Test
    void stagesTimeEveryStageOfEveryScenario() throws Exception {
        List<Path> scenarios = BatchRun.scenarioFiles(List.of(Path.of("scenarios")));
        Advisor advisor = Advisor.load(Path.of("rules"), Path.of("facts"));
        Benchmark bench = new Benchmark(Path.of("rules"), Path.of("facts"), null, scenarios);

        Benchmark.Stages stages = bench.stages(advisor, 0, scenarios.size() + 1);

        assertTrue(stages.scenarios() >= 2 * scenarios.size(), "whole rounds over the scenarios: " + stages.scenarios());
        assertTrue(stages.engineMs() > 0 && stages.cardMs() > 0 && stages.jsonMs() > 0, stages.toString());
        String line = new BenchReport().stages(stages).text();
        assertTrue(line.startsWith("warm, by stage, ms wall per scenario: rule engine "), line);
        assertTrue(line.contains(" scenarios/s), card ") && line.contains(", JSON line "), line);
    }
}
