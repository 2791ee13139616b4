package dev.rigadvisor.cli;

import dev.rigadvisor.audit.AuditStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/** Where the audit entries are kept (--audit-dir, else .rig/audit under the working directory), and the output. */
public class AuditPlace {

    @Option(names = "--audit-dir", paramLabel = "DIR", defaultValue = ".rig/audit",
            description = "Audit folder. Default: ${DEFAULT-VALUE} under the working directory.")
    Path dir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    AuditStore store() {
        return new AuditStore(dir);
    }

    int print(String text) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
