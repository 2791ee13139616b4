package dev.rigadvisor.bench;

import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.InputFile;
import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.batch.BatchRun;
import dev.rigadvisor.batch.BatchSummary;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.engine.Consultation;
import dev.rigadvisor.render.JsonCard;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of issue 7: cold start of the real launcher, warm time per scenario, batch throughput, and how
 * evaluation grows with the catalogs and the rules. Times are wall clock and, where the machine is shared,
 * CPU time of the thread doing the work (which other processes do not inflate as much).
 */
public final class Benchmark {

    /** One cold-start run: wall seconds and CPU seconds (user + system, the JVM's threads included). */
    public record Run(double wall, double cpu) {
    }

    /** Warm evaluation: milliseconds per scenario, wall and CPU of the evaluating thread. */
    public record Warm(int scenarios, double wallMs, double cpuMs) {
        public double perSecondWall() {
            return 1000 / wallMs;
        }

        public double perCpuSecond() {
            return 1000 / cpuMs;
        }
    }

    /**
     * Where a warm scenario's time goes, in wall milliseconds per scenario: the rule engine (the consultation with
     * its trail), building the card from it, and writing the card as a JSON line.
     */
    public record Stages(int scenarios, double engineMs, double cardMs, double jsonMs) {
        public double enginePerSecond() {
            return 1000 / engineMs;
        }
    }

    /** One row of a scaling table. */
    public record Row(String label, int hardware, int models, int rules, Warm warm) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Path rules;
    private final Path facts;
    private final Path cache;
    private final List<Path> scenarios;

    public Benchmark(Path rules, Path facts, Path cache, List<Path> scenarios) {
        this.rules = rules;
        this.facts = facts;
        this.cache = cache;
        this.scenarios = List.copyOf(scenarios);
    }

    /**
     * Runs {@code rig recommend SCENARIO OPTIONS...} {@code runs} times as separate processes, after one untimed run
     * that fills the caches; {@code env} is added to each process's environment (RIG_SERVER=off, say).
     */
    public List<Run> coldStarts(Path launcher, Path scenario, int runs, List<String> options, Map<String, String> env)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("recommend", scenario.toString()));
        args.addAll(options);
        return timed(launcher.toString(), args, runs, env);
    }

    /** A bare JVM started {@code runs} times ({@code java -version}): the floor of any run that starts one. */
    public List<Run> bareJvm(int runs) throws IOException, InterruptedException {
        return timed("java", List.of("-version"), runs, Map.of());
    }

    private static List<Run> timed(String program, List<String> args, int runs, Map<String, String> env)
            throws IOException, InterruptedException {
        List<Run> out = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            List<String> command = new ArrayList<>(List.of("bash", "-c",
                    "TIMEFORMAT='%R %U %S'; { time \"$0\" \"$@\" >/dev/null 2>/dev/null; } 2>&1", program));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(env);
            Process p = builder.start();
            String[] times = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+");
            p.waitFor();
            if (i > 0 && times.length == 3) {
                out.add(new Run(Double.parseDouble(times[0]), Double.parseDouble(times[1]) + Double.parseDouble(times[2])));
            }
        }
        return out;
    }

    /** Evaluates the scenarios (card included) over and over: warms up for {@code warmupSeconds}, then measures. */
    public Warm warm(Advisor advisor, double warmupSeconds, int minimumScenarios) {
        List<Scenario> loaded = scenarios.stream().map(advisor::scenario).toList();
        long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < until) {
            evaluate(advisor, loaded);
        }
        int done = 0;
        long wall = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        while (done < minimumScenarios) {
            done += evaluate(advisor, loaded);
        }
        return new Warm(done, (System.nanoTime() - wall) / 1e6 / done, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / done);
    }

    private int evaluate(Advisor advisor, List<Scenario> loaded) {
        for (int i = 0; i < loaded.size(); i++) {
            advisor.advise(loaded.get(i), scenarios.get(i).toString());
        }
        return loaded.size();
    }

    /** Times each stage of a batch's work on warm scenarios: warms up for {@code warmupSeconds}, then measures. */
    public Stages stages(Advisor advisor, double warmupSeconds, int minimumScenarios) throws IOException {
        List<Scenario> loaded = scenarios.stream().map(advisor::scenario).toList();
        long[] nanos = new long[3];
        long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < until) {
            timeStages(advisor, loaded, nanos);
        }
        Arrays.fill(nanos, 0);
        int done = 0;
        while (done < minimumScenarios) {
            done += timeStages(advisor, loaded, nanos);
        }
        return new Stages(done, nanos[0] / 1e6 / done, nanos[1] / 1e6 / done, nanos[2] / 1e6 / done);
    }

    private int timeStages(Advisor advisor, List<Scenario> loaded, long[] nanos) throws IOException {
        for (int i = 0; i < loaded.size(); i++) {
            long start = System.nanoTime();
            Consultation.Outcome outcome = advisor.consult(loaded.get(i));
            long consulted = System.nanoTime();
            Card card = advisor.card(loaded.get(i), scenarios.get(i).toString(), outcome);
            long built = System.nanoTime();
            JsonCard.line(card, Writer.nullWriter());
            long written = System.nanoTime();
            nanos[0] += consulted - start;
            nanos[1] += built - consulted;
            nanos[2] += written - built;
        }
        return loaded.size();
    }

    /** A batch of {@code count} scenarios (the shipped ones repeated) written as JSON lines to nowhere. */
    public BatchSummary batch(Advisor advisor, int count) {
        List<Path> files = new ArrayList<>();
        while (files.size() < count) {
            files.addAll(scenarios);
        }
        BatchRun run = new BatchRun(advisor);
        run.run(files.subList(0, Math.min(files.size(), 500)), Writer.nullWriter(), (d, t) -> { });
        return run.run(files.subList(0, count), Writer.nullWriter(), (d, t) -> { });
    }

    /** Warm time per scenario with the hardware and models multiplied, and with the rules multiplied. */
    public List<Row> scaling(List<Integer> catalogTimes, List<Integer> ruleTimes, Path work, double warmupSeconds,
                             int minimumScenarios) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (int times : catalogTimes) {
            Path scaledFacts = ScaledKnowledge.facts(facts, times, work.resolve("facts-" + times + "x"));
            rows.add(row(times + "x catalog", rules, scaledFacts, warmupSeconds, minimumScenarios));
        }
        for (int times : ruleTimes) {
            Path scaledRules = ScaledKnowledge.rules(rules, times, work.resolve("rules-" + times + "x"));
            rows.add(row(times + "x rules", scaledRules, facts, warmupSeconds, minimumScenarios));
        }
        return rows;
    }

    private Row row(String label, Path rulesDir, Path factsDir, double warmupSeconds, int minimumScenarios) {
        Advisor advisor = Advisor.load(rulesDir, factsDir, cache);
        Warm warm = warm(advisor, warmupSeconds, minimumScenarios);
        return new Row(label, advisor.catalog().hardware().size(), advisor.catalog().models().size(),
                advisor.rules().rules().size(), warm);
    }

    public static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The JVM and the machine: nproc, memory, CPU model and load, for reading the figures. */
    public static String machine() {
        Runtime rt = Runtime.getRuntime();
        String cpu = firstLine(Path.of("/proc/cpuinfo"), "model name");
        String memory = firstLine(Path.of("/proc/meminfo"), "MemTotal");
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "JVM: %s %s (%s); OS: %s %s; nproc: %d; memory: %s; CPU: %s; load average: %.2f",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.info"), System.getProperty("os.name"), System.getProperty("os.arch"),
                rt.availableProcessors(), memory, cpu, load);
    }

    private static String firstLine(Path file, String key) {
        try {
            return InputFile.lines(file).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (BadInput e) {
            return "unknown";
        }
    }
}
