package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.Comparison;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.render.ComparisonText;
import dev.rigadvisor.render.JsonCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Machines side by side for a scenario's workloads: which is best of them, how each workload "
                + "runs on each (format, memory, tokens/s), and why the others lost.",
        footer = {"", "The workloads come from --scenario FILE or from the same flags as 'rig ask'.", "",
                "Examples:",
                "  rig compare rtx-5090-build dgx-spark mac-studio-m4-max-128 --scenario scenarios/content-agency.json",
                "  rig compare rtx-4090-build mac-mini-m4-pro-48 --llm coding --context 32768",
                "  rig compare dgx-spark rtx-spark-laptop-128 --llm reasoning:hero --format json",
                "", "Exit codes: 0 one of them satisfies the scenario, 1 none does, 2 bad input, 3 rules fail to build."})
final class CompareCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", arity = "2..*", description = "Catalog machine ids (see 'rig hardware').")
    List<String> ids;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario JSON file with the workloads.")
    Path scenarioFile;

    @Mixin
    ScenarioFlags flags;

    @Mixin
    ReportOutput output;

    @Mixin
    Knowledge knowledge;

    @Override
    public Integer call() {
        Advisor advisor = knowledge.advisor();
        Scenario scenario;
        String source;
        if (scenarioFile != null) {
            if (flags.any()) {
                throw new BadInput("--scenario", null, "give a scenario file or workload flags, not both");
            }
            scenario = advisor.scenario(scenarioFile);
            source = scenarioFile.toString();
        } else {
            scenario = flags.scenario(advisor.catalog());
            source = ScenarioFlags.SOURCE;
        }
        Comparison comparison = Comparison.of(advisor, scenario, source, ids);
        String text = switch (output.format) {
            case text -> ComparisonText.text(comparison);
            case markdown -> ComparisonText.markdown(comparison);
            case json -> JsonCard.render(comparison);
            case html -> throw output.unsupported("text, markdown or json");
        };
        return output.print(text, comparison.chosen() != null ? ExitCode.OK : ExitCode.NO_HARDWARE);
    }
}
