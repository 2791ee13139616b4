package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.batch.BatchRun;
import dev.rigadvisor.batch.BatchSummary;
import dev.rigadvisor.batch.ProgressBar;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.WrittenFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Evaluate many scenarios in one process: one JSON card per line (the card 'recommend --format json' "
                + "gives), then a summary on stderr. A scenario that cannot be read is reported and the batch goes on.",
        footer = {"", "Exit code: 2 if any scenario could not be read, else 1 if any has no hardware, else 0.",
                "", "Examples:", "  rig batch scenarios/", "  rig batch scenarios/ --out cards.jsonl"})
final class BatchCommand implements Callable<Integer> {

    /** Fewer scenarios than this finish too fast for a progress bar to help. */
    private static final int PROGRESS_FROM = 200;

    @Parameters(paramLabel = "DIR|FILE", arity = "1..*", description = "Scenario files, or folders of them.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the cards here instead of stdout (replaced when done).")
    Path out;

    @Mixin
    Knowledge knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (out != null) {
            WrittenFile.checked(out, "write the cards to");
        }
        List<Path> files = BatchRun.scenarioFiles(inputs);
        Advisor advisor = knowledge.advisor();
        BatchRun batch = new BatchRun(advisor);
        BatchRun.Progress progress = "1".equals(System.getenv("RIG_STDERR_TERMINAL")) && files.size() >= PROGRESS_FROM
                ? new ProgressBar(spec.commandLine().getErr()) : (done, total) -> { };
        BatchSummary summary = out == null ? batch.run(files, spec.commandLine().getOut(), progress) : toFile(batch, files, progress);
        spec.commandLine().getErr().print(summary.text());
        spec.commandLine().getErr().flush();
        return !summary.errors().isEmpty() ? ExitCode.BAD_INPUT : summary.noHardware() > 0 ? ExitCode.NO_HARDWARE : ExitCode.OK;
    }

    /** Cards go to a temporary file beside the target, which replaces the target only when the batch is done. */
    private BatchSummary toFile(BatchRun batch, List<Path> files, BatchRun.Progress progress) throws IOException {
        Path target = out.toAbsolutePath();
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            BatchSummary summary;
            try (Writer writer = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
                summary = batch.run(files, writer, progress);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return summary;
        } catch (UncheckedIOException e) {
            throw new BadInput(out.toString(), null, "cannot write the cards: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new BadInput(out.toString(), null, "cannot write the cards: " + e.getMessage());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
