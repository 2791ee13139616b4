package dev.rigadvisor.cli;

import dev.rigadvisor.catalog.Amounts;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.NearestName;
import dev.rigadvisor.catalog.Platform;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.Scenarios;
import dev.rigadvisor.catalog.Workload;
import dev.rigadvisor.catalog.WorkloadSpec;
import dev.rigadvisor.render.Printable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The questions of a consultation, each asked only when an earlier answer makes it matter: no context length
 * without an LLM, no resolution without video, no CUDA question for a Mac, no API spend without an LLM.
 * An unusable answer is explained and the question asked again; input that ends early is bad input.
 */
final class Interview {

    static final String SOURCE = "<interview>";
    private static final List<String> KINDS = List.of("llm", "image", "video", "fine-tune");
    private static final List<String> QUALITIES = List.of("draft", "daily", "hero");

    /** Unusable answers in a row after which an interview whose input is not a terminal gives up. */
    static final int TRIES_WITHOUT_TERMINAL = 3;

    /** The longest answer read; a longer line (or input that never ends a line) is an unusable answer. */
    static final int MAX_ANSWER_CHARS = 1_000;

    private final BufferedReader in;
    private final PrintWriter prompts;
    private final Catalog catalog;
    private final boolean echo;
    private int asked;

    /** With {@code echo}, each answer is written after its question, so a piped-in interview reads as a transcript. */
    Interview(BufferedReader in, PrintWriter prompts, Catalog catalog, boolean echo) {
        this.in = in;
        this.prompts = prompts;
        this.catalog = catalog;
        this.echo = echo;
    }

    /** The person's scenario, and the machine they already have ('detect', an id, or null). */
    record Answers(Scenario scenario, String have) {
    }

    Answers run() {
        List<String> kinds = ask("What will you run? Any of llm, image, video, fine-tune, separated by commas", null,
                this::kinds);
        Set<String> ids = new HashSet<>();
        List<Workload> workloads = new ArrayList<>();
        for (String kind : kinds) {
            workloads.add(workload(kind, ids));
        }
        List<List<String>> together = List.of();
        if (workloads.size() > 1 && ask("Do they run at the same time (all held in memory at once)? y/N", "n",
                this::yesNo)) {
            together = List.of(workloads.stream().map(Workload::id).toList());
        }
        double budget = ask("Budget in US dollars, e.g. 3500, $3,500 or 3.5k [Enter for no limit]",
                String.valueOf((long) Scenarios.MAX_BUDGET_USD), a -> within(dollars(a), 1, Scenarios.MAX_BUDGET_USD));
        String os = ask("Operating system: macos, windows, linux or any? [any]", "any",
                a -> oneOf(a, List.of("any", "macos", "windows", "linux"), "os"));
        boolean portable = ask("Must it be a laptop? y/N", "n", this::yesNo);
        boolean cuda = !"macos".equals(os) && ask("Must it have CUDA? y/N", "n", this::yesNo);
        double apiSpend = kinds.contains("llm")
                ? ask("What do you spend on AI APIs a month, in USD? [0]", "0", a -> number(a, 0, 1_000_000)) : 0;
        String have = ask("A machine you already have: a catalog id, 'detect', or Enter for none", "",
                a -> a.isEmpty() || a.equals(HaveOption.DETECT) ? a : known(a));
        Scenario scenario = new Scenario("Interview: " + String.join(", ", workloads.stream().map(Workload::id).toList()),
                null, budget, new Platform(os, portable, cuda ? "required" : "any"), apiSpend, workloads, together,
                List.of(), null, null);
        Scenarios.check(scenario, SOURCE, catalog);
        return new Answers(scenario, have.isEmpty() ? null : have);
    }

    /** Asks for a file to save the scenario to; empty when the person declines. */
    Optional<String> saveTo() {
        String file = ask("Save this scenario? A file name, or Enter to skip", "", a -> a);
        return file.isEmpty() ? Optional.empty() : Optional.of(file);
    }

    void say(String line) {
        prompts.println(Printable.line(line));
        prompts.flush();
    }

    private Workload workload(String kind, Set<String> ids) {
        Workload.Kind k = kind.equals("fine-tune") ? Workload.Kind.fine_tune : Workload.Kind.valueOf(kind);
        List<String> tasks = Scenarios.TASKS.get(k);
        if (k == Workload.Kind.fine_tune) {
            String method = ask("Fine-tuning method: lora, qlora or full? [lora]", "lora", a -> oneOf(a, tasks, "method"));
            return WorkloadSpec.parse(SOURCE, k, method, ids);
        }
        String task = ask(kind + " task: " + String.join(", ", tasks) + "? [" + tasks.get(0) + "]", tasks.get(0),
                a -> oneOf(a, tasks, kind + " task"));
        String quality = ask(kind + " quality: draft, daily or hero? [daily]", "daily", a -> oneOf(a, QUALITIES, "quality"));
        String spec = task + ":" + quality;
        if (k == Workload.Kind.video) {
            spec += ":" + ask("Video resolution: " + String.join(", ", Scenarios.RESOLUTIONS) + "? [480p]", "480p",
                    a -> oneOf(a, Scenarios.RESOLUTIONS, "resolution"));
        }
        Workload w = WorkloadSpec.parse(SOURCE, k, spec, ids);
        if (k != Workload.Kind.llm) {
            return w;
        }
        Integer context = ask("Context length in tokens, e.g. 32K or 131072? [Enter for the usual default]", "",
                a -> a.isEmpty() ? null : (int) within(tokens(a), 1, Scenarios.MAX_CONTEXT_TOKENS));
        int parallel = (int) (double) ask("How many conversations or agents at once? [1]", "1",
                a -> number(a, 1, Scenarios.MAX_PARALLEL));
        return new Workload(w.id(), w.kind(), w.task(), w.quality(), context, parallel, null, null, null);
    }

    /**
     * Asks until the answer reads; Enter gives the default when there is one. Input that is not a terminal (piped,
     * echoed) is not a person who can correct themselves: after a few unusable answers in a row it is bad input.
     */
    private <T> T ask(String question, String fallback, Function<String, T> read) {
        asked++;
        for (int tries = 1; ; tries++) {
            prompts.print(question + ": ");
            prompts.flush();
            String line;
            try {
                line = answer();
            } catch (IOException e) {
                throw new BadInput("<stdin>", "question " + asked, "cannot read the answer: " + e.getMessage());
            }
            if (line == null) {
                prompts.println();
                throw new BadInput("<stdin>", "question " + asked, "the input ended before the interview finished");
            }
            if (echo) {
                prompts.println(Printable.line(line));
            }
            String answer = line.strip();
            if (answer.isEmpty() && fallback != null) {
                answer = fallback;
            }
            try {
                if (answer.length() > MAX_ANSWER_CHARS) {
                    throw new BadInput(SOURCE, null, "the answer is longer than " + MAX_ANSWER_CHARS + " characters");
                }
                return read.apply(answer);
            } catch (BadInput e) {
                if (echo && tries >= TRIES_WITHOUT_TERMINAL) {
                    throw new BadInput("<stdin>", "question " + asked, tries + " unusable answers in a row, the last: "
                            + e.problem() + "; giving up (the input is not a terminal)");
                }
                say("  " + e.problem() + " (try again)");
            }
        }
    }

    /** The next line of input, read at most {@link #MAX_ANSWER_CHARS} + 1 characters of it; null at the end. */
    private String answer() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (line.length() <= MAX_ANSWER_CHARS) {
                line.append((char) c);
            } else {
                skipLine();
                break;
            }
        }
        if (c < 0 && line.length() == 0) {
            return null;
        }
        return line.toString();
    }

    /** Skips the rest of an overlong line, up to a bound: input that never ends a line is not read for ever. */
    private void skipLine() throws IOException {
        for (long skipped = 0; skipped < 16L * MAX_ANSWER_CHARS; skipped++) {
            int c = in.read();
            if (c < 0 || c == '\n') {
                return;
            }
        }
    }

    private List<String> kinds(String answer) {
        List<String> kinds = Arrays.stream(answer.toLowerCase().split("[,\\s]+")).filter(s -> !s.isEmpty()).distinct()
                .toList();
        if (kinds.isEmpty()) {
            throw new BadInput(SOURCE, null, "name at least one of " + String.join(", ", KINDS));
        }
        kinds.forEach(k -> oneOf(k, KINDS, "workload kind"));
        return kinds;
    }

    private boolean yesNo(String answer) {
        return switch (answer.toLowerCase()) {
            case "y", "yes" -> true;
            case "n", "no" -> false;
            default -> throw new BadInput(SOURCE, null, "answer y or n");
        };
    }

    private static String oneOf(String answer, List<String> known, String what) {
        if (!known.contains(answer)) {
            throw new BadInput(SOURCE, null, NearestName.hint(what, answer, known));
        }
        return answer;
    }

    private String known(String id) {
        if (catalog.hardware(id).isEmpty()) {
            throw new BadInput(SOURCE, null, NearestName.hint("hardware id", id, catalog.hardwareIds()));
        }
        return id;
    }

    private static double dollars(String answer) {
        try {
            return Amounts.dollars(answer);
        } catch (IllegalArgumentException e) {
            throw new BadInput(SOURCE, null, e.getMessage());
        }
    }

    private static double tokens(String answer) {
        try {
            return Amounts.tokens(answer);
        } catch (IllegalArgumentException e) {
            throw new BadInput(SOURCE, null, e.getMessage());
        }
    }

    private static double within(double value, double min, double max) {
        if (value >= min && value <= max) {
            return value;
        }
        throw new BadInput(SOURCE, null, "expected a number from " + (long) min + " to " + (long) max);
    }

    private static double number(String answer, double min, double max) {
        try {
            double value = Double.parseDouble(answer.replace(",", "").replace("$", ""));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadInput(SOURCE, null, "expected a number from " + (long) min + " to " + (long) max);
    }
}
