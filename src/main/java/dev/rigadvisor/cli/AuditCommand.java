package dev.rigadvisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The record of past runs: list them, show why a card was chosen, replay them under today's "
                + "rules and facts.",
        subcommands = {AuditListCommand.class, AuditShowCommand.class, AuditReplayCommand.class},
        footer = {"", "Examples:", "  rig audit list", "  rig audit show 20261121T211930.123Z-1a2b3c4d",
                "  rig audit replay --all"})
final class AuditCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
