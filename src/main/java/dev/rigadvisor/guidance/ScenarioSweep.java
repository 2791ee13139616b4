package dev.rigadvisor.guidance;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Every scenario of a folder, each run through the advisor: the raw material of the guidance checks. */
public final class ScenarioSweep {

    /** One scenario file, what it asked and the card it got. */
    public record Run(Path file, Scenario scenario, Card card) {
    }

    private ScenarioSweep() {
    }

    /** The scenario files of a folder, in name order. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInput(dir.toString(), "", "no such scenarios folder");
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new BadInput(dir.toString(), "", "cannot read: " + e.getMessage());
        }
    }

    public static List<Run> run(Advisor advisor, Path dir) {
        return run(advisor, dir, scenario -> true);
    }

    /** The runs of the scenarios that pass {@code which}; the others are read and checked but not run. */
    public static List<Run> run(Advisor advisor, Path dir, Predicate<Scenario> which) {
        List<Run> runs = new ArrayList<>();
        for (Path file : files(dir)) {
            Scenario scenario = advisor.scenario(file);
            if (which.test(scenario)) {
                runs.add(new Run(file, scenario, advisor.advise(scenario, file.toString())));
            }
        }
        return List.copyOf(runs);
    }
}
