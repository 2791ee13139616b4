package dev.rigadvisor.cli;

import dev.rigadvisor.catalog.BadInput;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** --format, and printing what a command shows to standard output. */
public class ReportOutput {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json, markdown or html (each command shows the ones it can). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Prints what a command shows and gives back its exit code. */
    int print(String text, int code) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
        return code;
    }

    /** The error for a format this command does not show. */
    BadInput unsupported(String shown) {
        return new BadInput("--format", null, spec.name() + " shows " + shown + ", not " + format);
    }
}
