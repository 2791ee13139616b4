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
import java.util.Map;
import java.time.Duration;
import dev.rigadvisor.serve.Server;
import dev.rigadvisor.serve.WarmKnowledge;
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

    /** Answers a server started for the bench gives before the forwarded runs are timed. */
    private static final int SERVER_WARMUP = 300;

    /**
     * Cold starts of the launcher while a server runs here: the one already running, else one started in this
     * process for the run (its port file is removed after).
     */
    private List<Benchmark.Run> forwarded(Benchmark bench, Path launcher, Path scenario) throws Exception {
        Server own = Files.exists(ServeCommand.PORT_FILE) ? null
                : Server.start(WarmKnowledge.of(knowledge.advisor(), knowledge.cacheDir()), Main::runFor,
                new Server.Settings("127.0.0.1", 0, null, 2, Duration.ofSeconds(10), ServeCommand.PORT_FILE));
        try {
            if (own != null) { // its JIT warms up on the same answer, as a server that has been running a while
                List<String> args = List.of("recommend", scenario.toString(), "--no-audit");
                Map<String, byte[]> file = Map.of(scenario.toString(), Files.readAllBytes(scenario));
                for (int i = 0; i < SERVER_WARMUP; i++) {
                    Main.runFor(args, file, false, knowledge.advisor());
                }
            }
            return bench.coldStarts(launcher, scenario, runs, List.of("--no-audit"), Map.of());
        } finally {
            if (own != null) {
                own.stop();
            }
        }
    }

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
        Map<String, String> cold = Map.of("RIG_SERVER", "off");
        report = new BenchReport().coldStart("rig recommend " + scenarios.get(0) + " --no-audit",
                launched ? bench.coldStarts(launcher, scenario, runs, List.of("--no-audit"), cold) : List.of());
        Path auditDir = Files.createTempDirectory("rig-bench-audit"); // recorded runs kept out of the user's audit folder
        try {
            report.coldStart("rig recommend " + scenarios.get(0) + ", recorded in an audit folder",
                    launched ? bench.coldStarts(launcher, scenario, runs, List.of("--audit-dir", auditDir.toString()), cold)
                            : List.of());
        } finally {
            ScaledKnowledge.remove(auditDir);
        }
        report.coldStart("bare JVM start, java -version, the floor of any run that starts one", bench.bareJvm(runs));
        report.coldStart("rig recommend " + scenarios.get(0) + " --no-audit, forwarded to 'rig serve' (the fast path)",
                launched ? forwarded(bench, launcher, scenario) : List.of());
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
