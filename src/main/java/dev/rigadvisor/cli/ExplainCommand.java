package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.audit.Explanation;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.engine.Consultation;
import dev.rigadvisor.render.ChainText;
import dev.rigadvisor.render.JsonCard;
import dev.rigadvisor.render.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Why the card for a scenario says what it says. Without --hardware: the chain of rules that "
                + "chose the machine. With --hardware ID of another machine: why not, the first blocking reason "
                + "and every other one, each with its advice, source and the facts behind it.",
        footer = {"", "Examples:", "  rig explain scenarios/content-agency.json",
                "  rig explain scenarios/content-agency.json --hardware dgx-spark"})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO", description = "Scenario JSON file.")
    Path scenario;

    @Option(names = "--hardware", paramLabel = "ID", description = "A machine from the catalog.")
    String hardware;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    Format format;

    @Mixin
    Knowledge knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Advisor advisor = knowledge.advisor();
        Scenario parsed = advisor.scenario(scenario);
        Consultation.Outcome outcome = advisor.consult(parsed);
        Card card = advisor.card(parsed, scenario.toString(), outcome);
        Explanation explanation = Explanation.of(card, outcome.firings(), hardware);
        spec.commandLine().getOut().print(format == Format.json ? JsonCard.render(explanation)
                : new ChainText(Style.forTerminal(), advisor.rules().rules()).explanation(explanation));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
