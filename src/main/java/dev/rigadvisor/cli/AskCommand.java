package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.ScenarioFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Build a scenario from flags and print the recommendation card; no JSON file needed.",
        footer = {"", "Workload ids are KIND-TASK (llm-coding, image-generate, video-generate, fine-tune-lora).",
                "", "Examples:",
                "  rig ask --llm coding --budget 2000",
                "  rig ask --llm coding --image generate:hero --video generate:720p --budget 3500 --os macos --portable",
                "  rig ask --llm writing:hero --context 32768 --api-spend 200 --save writer.json",
                "  rig ask --llm agents --parallel 8 --have rtx-4090-build --format html > card.html"})
final class AskCommand implements Callable<Integer> {

    @Mixin
    ScenarioFlags flags;

    @Mixin
    HaveOption have;

    @Option(names = "--save", paramLabel = "FILE", description = "Also write the scenario built from the flags to FILE.")
    Path save;

    @Option(names = "--force", description = "With --save, replace FILE if it exists.")
    boolean force;

    @Mixin
    Knowledge knowledge;

    @Mixin
    CardOutput output;

    @Override
    public Integer call() {
        Advisor advisor = knowledge.advisor();
        Scenario scenario = flags.scenario(advisor.catalog());
        HaveOption.Start start = have.apply(advisor, scenario);
        if (save != null) {
            // A detected machine is not in the catalog a later run loads, so the file keeps the scenario without it.
            ScenarioFile.write(save, have.detects() ? scenario : start.scenario(), force);
            output.note("saved the scenario to " + save);
        }
        return output.show(start.advise(ScenarioFlags.SOURCE));
    }
}
