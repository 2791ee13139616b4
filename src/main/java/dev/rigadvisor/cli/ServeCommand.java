package dev.rigadvisor.cli;

import dev.rigadvisor.serve.Server;
import dev.rigadvisor.serve.WarmKnowledge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Keep the rules and catalogs warm and answer in milliseconds: a web page at /, a JSON API under "
                + "/api (see /api/openapi.json), and the fast path of 'rig recommend', 'fit', 'compare' and 'explain', "
                + "which forward to a server running here for the same rules and facts (RIG_SERVER=off runs them in "
                + "their own JVM). Edits to rules/ and facts/ are picked up before the next answer; an edit that does "
                + "not load leaves the last good knowledge answering and says so. Ctrl-C stops it.",
        footer = {"", "Examples:", "  rig serve", "  rig serve --port 0", "  rig serve --bind 0.0.0.0 --port 8080",
                "", "It listens on 127.0.0.1 unless --bind says otherwise: read README's 'rig serve' section first."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port; 0 for any free one. "
            + "Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String bind;

    @Option(names = "--no-audit", description = "Do not record answers in the audit folder (.rig/audit).")
    boolean noAudit;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "4", description = "Requests answered at once. "
            + "Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--answer-seconds", paramLabel = "S", defaultValue = "10", description = "Longest an answer may "
            + "take before it is stopped. Default: ${DEFAULT-VALUE}.")
    int answerSeconds;

    @Mixin
    Knowledge knowledge;

    @Mixin
    AuditPlace audit;

    @Spec
    CommandSpec spec;

    /** Where a running server tells the launcher its port and token. */
    static final Path PORT_FILE = Path.of(".rig", "server");

    @Override
    public Integer call() throws Exception {
        if (threads < 1 || threads > 64 || answerSeconds < 1) {
            throw new dev.rigadvisor.catalog.BadInput("--threads/--answer-seconds", null,
                    "--threads must be 1 to 64 and --answer-seconds at least 1");
        }
        WarmKnowledge warm = WarmKnowledge.of(knowledge.advisor(), knowledge.cacheDir());
        Server server = Server.start(warm, Main::runFor,
                new Server.Settings(bind, port, noAudit ? null : audit.dir.toAbsolutePath(), threads, Duration.ofSeconds(answerSeconds), PORT_FILE));
        CountDownLatch stopped = new CountDownLatch(1);
        PrintWriter out = spec.commandLine().getOut();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            System.err.println("rig: stopped");
            stopped.countDown();
        }, "rig-serve-stop"));
        out.println("rig: serving " + server.url() + " (rules " + warm.now().advisor().version() + "; Ctrl-C stops)");
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }
}
