package dev.rigadvisor.batch;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.engine.RuleFault;
import dev.rigadvisor.engine.RunawayRules;
import dev.rigadvisor.render.JsonCard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Many scenarios in one process: each becomes one card, written as one line of JSON (the same card
 * {@code rig recommend --format json} gives); a scenario that cannot be read is counted and reported, and
 * the batch goes on.
 */
public final class BatchRun {

    /** Told after each scenario, for a progress bar. */
    public interface Progress {
        void done(int finished, int total);
    }

    private final Advisor advisor;

    public BatchRun(Advisor advisor) {
        this.advisor = advisor;
    }

    /** The scenario files named: a folder gives its .json files (all levels, in path order), a file itself. */
    public static List<Path> scenarioFiles(List<Path> given) {
        List<Path> out = new ArrayList<>();
        for (Path path : given) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new BadInput(path.toString(), "", "cannot list the folder: " + e.getMessage());
                }
            } else {
                out.add(path);
            }
        }
        return out;
    }

    public BatchSummary run(List<Path> files, Writer cards, Progress progress) {
        long start = System.nanoTime();
        int ok = 0;
        int noHardware = 0;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            try {
                Card card = advisor.advise(file);
                JsonCard.line(card, cards);
                if (card.satisfied()) {
                    ok++;
                } else {
                    noHardware++;
                }
            } catch (BadInput | RunawayRules | RuleFault e) {
                errors.add(e instanceof BadInput ? e.getMessage() : file + ": " + e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            progress.done(i + 1, files.size());
        }
        try {
            cards.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BatchSummary(files.size(), ok, noHardware, errors, (System.nanoTime() - start) / 1e9);
    }
}
