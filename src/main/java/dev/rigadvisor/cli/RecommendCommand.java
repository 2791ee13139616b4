package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.audit.Recorder;
import dev.rigadvisor.catalog.JsonInput;
import dev.rigadvisor.catalog.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Read a scenario and print the recommendation card: the machine, what to run on it, why, "
                + "what lost and why, the warnings, and the trail of rules that led there.",
        footer = {"", "Examples:", "  rig recommend scenarios/content-agency.json",
                "  rig recommend scenarios/budget-coder.json --format json",
                "  rig recommend scenarios/content-agency.json --have rtx-4090-build",
                "  rig recommend scenarios/content-agency.json --have detect --format html > card.html",
                "", "Every run is recorded under .rig/audit (see 'rig audit') unless --no-audit."})
final class RecommendCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "Scenario JSON file.")
    Path scenario;

    @Mixin
    HaveOption have;

    @Mixin
    Knowledge knowledge;

    @Mixin
    CardOutput output;

    @Mixin
    AuditPlace audit;

    @Option(names = "--no-audit", description = "Do not record this run in the audit folder.")
    boolean noAudit;

    @Override
    public Integer call() {
        Advisor advisor = knowledge.advisor();
        String text = JsonInput.readText(scenario);
        HaveOption.Start start = have.apply(advisor, Scenarios.parse(scenario.toString(), text, advisor.catalog()));
        Card card = noAudit ? start.advise(scenario.toString())
                : new Recorder(audit.store(), Clock.systemUTC()).advise(start.advisor(), scenario, text, start.scenario());
        return output.show(card);
    }
}
