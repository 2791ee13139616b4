package dev.rigadvisor.bench;

import dev.rigadvisor.batch.BatchSummary;

import java.util.List;
import java.util.Locale;

/** The benchmark's figures as text, in the order README shows them. */
public final class BenchReport {

    private final StringBuilder out = new StringBuilder();

    public BenchReport machine(String machine) {
        return line("rig bench: " + machine);
    }

    public BenchReport coldStart(String command, List<Benchmark.Run> runs) {
        if (runs.isEmpty()) {
            return line("cold start: not measured (no launcher, or --runs 0)");
        }
        double wall = Benchmark.median(runs.stream().map(Benchmark.Run::wall).toList());
        double cpu = Benchmark.median(runs.stream().map(Benchmark.Run::cpu).toList());
        double min = runs.stream().mapToDouble(Benchmark.Run::wall).min().orElse(Double.NaN);
        double max = runs.stream().mapToDouble(Benchmark.Run::wall).max().orElse(Double.NaN);
        return line(f("cold start (%s, %d runs): median %.3f s wall (min %.3f, max %.3f), median %.3f s CPU",
                command, runs.size(), wall, min, max, cpu));
    }

    public BenchReport warm(Benchmark.Warm warm) {
        return line(f("warm, one thread: %.3f ms per scenario wall (%.0f scenarios/s), %.3f ms CPU (%.0f per CPU-second),"
                + " over %d scenarios", warm.wallMs(), warm.perSecondWall(), warm.cpuMs(), warm.perCpuSecond(),
                warm.scenarios()));
    }

    public BenchReport stages(Benchmark.Stages stages) {
        return line(f("warm, by stage, ms wall per scenario: rule engine %.3f (alone %.0f scenarios/s), card %.3f,"
                + " JSON line %.3f; over %d scenarios", stages.engineMs(), stages.enginePerSecond(), stages.cardMs(),
                stages.jsonMs(), stages.scenarios()));
    }

    public BenchReport batch(BatchSummary batch) {
        return line(f("batch, one thread, JSON lines: %d scenarios in %.2f s = %.0f scenarios/s", batch.scenarios(),
                batch.seconds(), batch.perSecond()));
    }

    public BenchReport scaling(List<Benchmark.Row> rows) {
        if (rows.isEmpty()) {
            return this;
        }
        line("scaling (warm, per scenario, CPU of the evaluating thread):");
        line(f("  %-14s %9s %7s %6s %10s %10s %8s", "knowledge", "hardware", "models", "rules", "ms CPU", "ms wall", "x base"));
        Benchmark.Row base = rows.get(0);
        for (Benchmark.Row row : rows) {
            line(f("  %-14s %9d %7d %6d %10.3f %10.3f %8.2f", row.label(), row.hardware(), row.models(), row.rules(),
                    row.warm().cpuMs(), row.warm().wallMs(), row.warm().cpuMs() / base.warm().cpuMs()));
        }
        return this;
    }

    public String text() {
        return out.toString();
    }

    private BenchReport line(String text) {
        out.append(text).append(System.lineSeparator());
        return this;
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
