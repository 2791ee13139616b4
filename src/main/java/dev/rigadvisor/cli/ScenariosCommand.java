package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.guidance.LastPassingAudit;
import dev.rigadvisor.guidance.ScenarioCheck;
import dev.rigadvisor.guidance.ScenarioSweep;
import dev.rigadvisor.render.ScenarioTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "Check the scenarios against their expect blocks.",
        subcommands = ScenariosCommand.Check.class)
final class ScenariosCommand extends CommandGroup {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Run every scenario that has an expect block and print a table: scenario, expected, got, "
                    + "pass or FAIL, with the differences under it for each failure and, when the audit folder holds a run "
                    + "of that scenario that passed, what changed since that run (files, card, firings).",
            footer = {"", "Exit codes: 0 all pass, 1 a scenario fails, 2 bad input, 3 the rules do not build.",
                    "", "Examples:", "  rig scenarios check", "  rig scenarios check my-scenarios/ --rules edited-rules/",
                    "  rig scenarios check --baseline-rules /tmp/rules-before-my-edit"})
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "Scenarios folder. Default: ./scenarios.")
        Path dir;

        @Option(names = "--baseline-rules", paramLabel = "DIR",
                description = "Also run each scenario under these rules (e.g. a copy from before an edit): mark the "
                        + "cards that changed and, for a failure, list the firings that differ.")
        Path baselineRules;

        @Mixin
        Knowledge knowledge;

        @Mixin
        AuditPlace audit;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Path folder = dir != null ? dir : Knowledge.located("scenarios");
            Predicate<Scenario> expecting = scenario -> scenario.expect() != null;
            Advisor advisor = knowledge.advisor();
            List<ScenarioSweep.Run> runs = ScenarioSweep.run(advisor, folder, expecting);
            List<ScenarioSweep.Run> baseline = baselineRules == null ? List.of()
                    : ScenarioSweep.run(Advisor.load(baselineRules, knowledge.factsDir()), folder, expecting);
            List<ScenarioCheck.Result> results = ScenarioCheck.of(runs, baseline,
                    new LastPassingAudit(audit.store(), advisor));
            spec.commandLine().getOut().print(results.isEmpty() ? folder + ": no scenario has an expect block\n"
                    : ScenarioTable.render(results));
            spec.commandLine().getOut().flush();
            return ScenarioCheck.allPassed(results) ? ExitCode.OK : ExitCode.NO_HARDWARE;
        }
    }
}
