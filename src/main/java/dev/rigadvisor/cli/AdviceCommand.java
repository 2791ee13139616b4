package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.catalog.AdviceRegistry;
import dev.rigadvisor.guidance.AdviceIndex;
import dev.rigadvisor.guidance.ScenarioSweep;
import dev.rigadvisor.render.AdviceList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "advice", mixinStandardHelpOptions = true,
        description = "List every advice ID with its summary, the rules that cite it and the shipped scenarios in "
                + "which it fired; marks IDs cited by no rule or fired in no scenario.",
        footer = {"", "Examples:", "  rig advice", "  rig advice --format json"})
final class AdviceCommand implements Callable<Integer> {

    @Mixin
    ReportOutput output;

    @Mixin
    Knowledge knowledge;

    @Mixin
    ScenariosFolder scenarios;

    @Override
    public Integer call() {
        AdviceRegistry registry = AdviceRegistry.load(knowledge.factsDir());
        Advisor advisor = knowledge.advisor();
        List<ScenarioSweep.Run> runs = Files.isDirectory(scenarios.dir())
                ? ScenarioSweep.run(advisor, scenarios.dir()) : List.of();
        List<AdviceIndex.Entry> entries = AdviceIndex.of(registry, advisor.rules(), runs);
        return output.print(switch (output.format) {
            case text -> AdviceList.text(entries);
            case json -> AdviceList.json(entries);
            default -> throw output.unsupported("text or json");
        }, ExitCode.OK);
    }
}
