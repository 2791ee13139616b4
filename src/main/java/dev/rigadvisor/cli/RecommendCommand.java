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
                "  rig recommend scenarios/budget-coder.json --format json",
                "  rig recommend scenarios/content-agency.json --have rtx-4090-build",
                "  rig recommend scenarios/content-agency.json --have detect --format html > card.html"})
final class RecommendCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "Scenario JSON file.")
    Path scenario;

    @Mixin
    HaveOption have;

    @Mixin
    Knowledge knowledge;

    @Mixin
    CardOutput output;

    @Override
    public Integer call() {
        Advisor advisor = knowledge.advisor();
        HaveOption.Start start = have.apply(advisor, advisor.scenario(scenario));
        Card card = start.advise(scenario.toString());
        return output.show(card);
    }
}
