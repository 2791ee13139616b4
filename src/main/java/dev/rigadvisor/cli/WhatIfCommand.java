package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.WhatIf;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.ScenarioEdit;
import dev.rigadvisor.render.JsonCard;
import dev.rigadvisor.render.Style;
import dev.rigadvisor.render.WhatIfView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "what-if", mixinStandardHelpOptions = true,
        description = "Change a scenario without editing its file and see the card before and after, and what changed.",
        footer = {"", "PATH is a field (budgetUsd), a nested field (platform.os) or a workload's field by id "
                + "(workloads.client-writing.contextTokens). The file itself is never changed.",
                "", "Examples:",
                "  rig what-if scenarios/content-agency.json --set budgetUsd=10000 --add-workload video:generate:720p",
                "  rig what-if scenarios/content-agency.json --set platform.os=macos",
                "  rig what-if scenarios/content-agency.json --set workloads.client-writing.contextTokens=65536",
                "  rig what-if scenarios/content-agency.json --remove-workload social-video --format json"})
final class WhatIfCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "Scenario JSON file.")
    Path scenario;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Change a field, e.g. budgetUsd=10000.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--add-workload", paramLabel = "KIND:TASK[:...]", description = "Add a workload, e.g. llm:coding:hero.")
    List<String> added = new ArrayList<>();

    @Option(names = "--cards", description = "In text, also print the whole card before and after.")
    boolean cards;

    @Option(names = "--remove-workload", paramLabel = "ID", description = "Remove a workload by id.")
    List<String> removed = new ArrayList<>();

    @Mixin
    HaveOption have;

    @Mixin
    Knowledge knowledge;

    @Mixin
    CardOutput output;

    @Override
    public Integer call() {
        if (sets.isEmpty() && added.isEmpty() && removed.isEmpty() && have.have == null) {
            throw new BadInput("what-if", null, "say what to change: --set, --add-workload, --remove-workload or --have");
        }
        Advisor advisor = knowledge.advisor();
        Scenario original = advisor.scenario(scenario);
        ScenarioEdit edit = ScenarioEdit.of(scenario);
        sets.forEach(edit::set);
        added.forEach(edit::addWorkload);
        removed.forEach(edit::removeWorkload);
        HaveOption.Start start = have.apply(advisor, edit.scenario(advisor.catalog()));
        WhatIf whatIf = WhatIf.of(start.advisor().advise(original, scenario.toString()),
                start.advise(scenario + " (changed)"));
        return output.print(switch (output.format) {
            case text -> WhatIfView.text(whatIf, output.textCard(), Style.forTerminal(), cards);
            case json -> JsonCard.render(whatIf);
            case markdown -> WhatIfView.markdown(whatIf);
            case html -> WhatIfView.html(whatIf);
        }, whatIf.after().satisfied() ? ExitCode.OK : ExitCode.NO_HARDWARE);
    }
}
