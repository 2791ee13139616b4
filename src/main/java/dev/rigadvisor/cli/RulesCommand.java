package dev.rigadvisor.cli;

import dev.rigadvisor.catalog.AdviceRegistry;
import dev.rigadvisor.catalog.DecisionTables;
import dev.rigadvisor.engine.RuleBase;
import dev.rigadvisor.engine.RuleProblem;
import dev.rigadvisor.engine.RulesDoNotBuild;
import dev.rigadvisor.guidance.RuleLint;
import dev.rigadvisor.guidance.ScenarioSweep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "rules", mixinStandardHelpOptions = true, description = "Check the rules: every build error at its DRL line, then the lints.",
        subcommands = RulesCommand.Check.class)
final class RulesCommand extends CommandGroup {

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Build the rules and report every error and warning as file:line:column: message; then "
                    + "lint them: known advice IDs and a source on every rule, unique rule names, no rule that never "
                    + "fires across the scenarios, no opposite conclusions in one phase without a salience.",
            footer = {"", "Exit codes: 0 the rules build (lint findings are warnings), 3 they do not build "
                    + "(or, with --strict, there are lint findings), 2 bad facts or scenarios.",
                    "", "Examples:", "  rig rules check", "  rig rules check my-rules/ --strict"})
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", arity = "0..1", description = "Rules folder. Default: --rules, or ./rules.")
        Path dir;

        @Option(names = "--strict", description = "Treat lint findings as failures (exit 3).")
        boolean strict;

        @Mixin
        Knowledge knowledge;

        @Mixin
        ScenariosFolder scenarios;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (dir != null) {
                knowledge.rules = dir;
            }
            Path rulesDir = knowledge.rulesDir();
            PrintWriter out = spec.commandLine().getOut();
            RuleBase rules;
            try {
                rules = RuleBase.build(rulesDir);
            } catch (RulesDoNotBuild e) {
                e.problems().forEach(p -> out.println(p.oneLine()));
                out.println(e.problems().size() + " error(s): the rules do not build");
                return ExitCode.RULES_FAIL;
            }
            rules.warnings().forEach(p -> out.println(p.oneLine()));
            DecisionTables.load(rulesDir);
            AdviceRegistry registry = AdviceRegistry.load(knowledge.factsDir());
            List<ScenarioSweep.Run> runs = List.of();
            if (Files.isDirectory(scenarios.dir())) {
                runs = ScenarioSweep.run(knowledge.advisor(), scenarios.dir());
            } else {
                out.println(scenarios.dir() + ": no scenarios folder; dead-rule and conflict checks skipped");
            }
            List<RuleProblem> findings = new RuleLint(rules, registry).findings(runs);
            findings.forEach(p -> out.println(p.oneLine()));
            out.println(rules.rules().size() + " rules build; " + rules.warnings().size() + " build warning(s), "
                    + findings.size() + " lint finding(s) over " + runs.size() + " scenario(s)");
            out.flush();
            return strict && !(findings.isEmpty() && rules.warnings().isEmpty()) ? ExitCode.RULES_FAIL : ExitCode.OK;
        }
    }
}
