package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.batch.BatchRun;
import dev.rigadvisor.bench.BenchReport;
import dev.rigadvisor.bench.Benchmark;
import dev.rigadvisor.bench.ScaledKnowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure: cold start of the launcher (median of separate processes, without and with auditing), warm time per scenario, "
                + "batch throughput, and how evaluation grows with the catalogs and the rules; with the JVM and machine.",
        footer = {"", "Examples:", "  rig bench", "  rig bench --runs 20 --catalog-times 1,10,100 --rule-times 1,2"})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Cold-start runs. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "3", description = "Warm-up before each warm measurement. Default: ${DEFAULT-VALUE}.")
    double warmup;

    @Option(names = "--scenarios-measured", paramLabel = "N", defaultValue = "2000", description = "Scenarios per warm measurement. Default: ${DEFAULT-VALUE}.")
    int measured;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "5000", description = "Scenarios in the batch measurement. Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--catalog-times", paramLabel = "LIST", split = ",", defaultValue = "1,10,100", description = "Catalog sizes to measure. Default: ${DEFAULT-VALUE}.")
    List<Integer> catalogTimes;

    @Option(names = "--rule-times", paramLabel = "LIST", split = ",", defaultValue = "1,2", description = "Rule counts to measure (each copy is compiled once). Default: ${DEFAULT-VALUE}.")
    List<Integer> ruleTimes;

    @Mixin
    Knowledge knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> scenarios = BatchRun.scenarioFiles(List.of(knowledge.scenariosDir()));
        Benchmark bench = new Benchmark(knowledge.rulesDir(), knowledge.factsDir(), knowledge.cacheDir(), scenarios);
        BenchReport report = new BenchReport().machine(Benchmark.machine());
        out.print(report.text());
        out.flush();
        String home = System.getenv("RIG_HOME");
        Path launcher = home == null ? null : Path.of(home, "rig");
        boolean launched = launcher != null && Files.exists(launcher);
        Path scenario = scenarios.get(0).toAbsolutePath();
        report = new BenchReport().coldStart("rig recommend " + scenarios.get(0) + " --no-audit",
                launched ? bench.coldStarts(launcher, scenario, runs, List.of("--no-audit")) : List.of());
        Path auditDir = Files.createTempDirectory("rig-bench-audit"); // recorded runs kept out of the user's audit folder
        try {
            report.coldStart("rig recommend " + scenarios.get(0) + ", recorded in an audit folder",
                    launched ? bench.coldStarts(launcher, scenario, runs, List.of("--audit-dir", auditDir.toString())) : List.of());
        } finally {
            ScaledKnowledge.remove(auditDir);
        }
        Advisor advisor = knowledge.advisor();
        report.warm(bench.warm(advisor, warmup, measured)).stages(bench.stages(advisor, warmup, measured))
                .batch(bench.batch(advisor, batch));
        out.print(report.text());
        out.flush();
        Path work = Files.createTempDirectory("rig-bench");
        try {
            out.print(new BenchReport().scaling(bench.scaling(catalogTimes, ruleTimes, work, warmup, measured / 4)).text());
            out.flush();
        } finally {
            ScaledKnowledge.remove(work);
        }
        return ExitCode.OK;
    }
}
