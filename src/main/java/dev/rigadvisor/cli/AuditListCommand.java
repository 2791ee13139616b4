package dev.rigadvisor.cli;

import dev.rigadvisor.render.AuditText;
import dev.rigadvisor.render.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Every recorded run, newest first: id, time, scenario, chosen hardware. "
                + "An unreadable entry is reported on its own line and skipped.")
final class AuditListCommand implements Callable<Integer> {

    @Mixin
    AuditPlace audit;

    @Override
    public Integer call() {
        audit.store().removeAbandonedTemps();
        return audit.print(new AuditText(Style.forTerminal()).list(audit.store().summaries()));
    }
}
