package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.Card;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Read a scenario and print the recommendation card: the machine, what to run on it, why, "
                + "what lost and why, the warnings, and the trail of rules that led there.",
        footer = {"", "Examples:", "  rig recommend scenarios/content-agency.json",
                "  rig recommend scenarios/budget-coder.json --format json"})
final class RecommendCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "Scenario JSON file.")
    Path scenario;

    @Mixin
    Knowledge knowledge;

    @Mixin
    CardOutput output;

    @Override
    public Integer call() {
        Advisor advisor = knowledge.advisor();
        Card card = advisor.advise(scenario);
        return output.show(card);
    }
}
