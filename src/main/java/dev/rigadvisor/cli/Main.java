package dev.rigadvisor.cli;

import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.JsonInput;
import dev.rigadvisor.render.Style;
import dev.rigadvisor.serve.Answer;
import dev.rigadvisor.engine.RuleFault;
import dev.rigadvisor.engine.RuleProblem;
import dev.rigadvisor.engine.RulesDoNotBuild;
import dev.rigadvisor.render.Printable;
import dev.rigadvisor.engine.RunawayRules;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

// no method of Main is a command: without addMethodSubcommands = false, picocli reads every method's annotations
@Command(name = "rig", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        addMethodSubcommands = false,
        description = "Rig Advisor: what hardware to buy, and which models to run on it, for the local AI work you do.",
        footer = {"", "Exit codes: 0 ok, 1 no hardware satisfies the scenario, 2 bad input, 3 rules fail to build, "
                + "4 internal error."})
public final class Main implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Show stack traces on errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        if (loadsRules(java.util.Arrays.asList(args))) {
            Knowledge.preloadDefault();
        }
        System.exit(run(args, System.out, System.err));
    }

    /** Commands that only list or edit the catalogs, or print help, never load the rules. */
    static final Set<String> WITHOUT_RULES = Set.of("", "hardware", "models", "detect", "catalog", "completion",
            "help");

    /**
     * Whether a run may load the rules, so that starting to load them at once (beside the command line and the
     * catalogs) is worth it; for the others it would only take CPU time from the command.
     */
    static boolean loadsRules(List<String> args) {
        return !WITHOUT_RULES.contains(named(args))
                && args.stream().noneMatch(a -> a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V"));
    }

    /** The command a command line names: its first argument that is not an option; empty if none. */
    private static String named(List<String> args) {
        return args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
    }

    /** Runs a command line in this process, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with answers for 'rig interview' read from {@code in}. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, true);
    }

    /**
     * Runs a command for a client of 'rig serve', as it would run in the client's own process: with the server's
     * warm knowledge, reading only the files the client sent (by the names it gave), colour as its terminal takes
     * it, and no {@code @file} arguments (a request names no file to read).
     */
    public static Answer runFor(List<String> args, java.util.Map<String, byte[]> files, boolean colour,
                                dev.rigadvisor.advice.Advisor knowledge) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Knowledge.servedBy(() -> knowledge, () -> JsonInput.readingOnly(files, () -> Style.forClient(colour,
                () -> run(args.toArray(String[]::new), InputStream.nullInputStream(),
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                        false))));
        return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static int run(String[] args, InputStream in, PrintStream out, PrintStream err, boolean atFiles) {
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine line = commandLine(in, java.util.Arrays.asList(args));
        line.setOut(outWriter);
        line.setErr(errWriter);
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            int code = codeFor(e);
            errorLines(e).forEach(l -> errWriter.println("rig: " + Printable.line(l)));
            if (debug) {
                e.printStackTrace(errWriter);
            }
            errWriter.flush();
            return code;
        });
        line.setParameterExceptionHandler((e, a) -> {
            errWriter.println("rig: " + Printable.line(usageProblem(e)));
            errWriter.flush();
            return ExitCode.BAD_INPUT;
        });
        line.setExpandAtFiles(atFiles);
        int code = line.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    static CommandLine commandLine() {
        return commandLine(System.in);
    }

    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(RecommendCommand.class, BatchCommand.class,
            BenchCommand.class, ExplainCommand.class, AuditCommand.class, AskCommand.class, FitCommand.class,
            CatalogCommands.Hardware.class, CatalogCommands.Models.class, CompareCommand.class, WhatIfCommand.class,
            DetectCommand.class, InterviewCommand.class, CompletionCommand.class, RulesCommand.class, ServeCommand.class,
            ScenariosCommand.class, AdviceCommand.class, CatalogCommand.class, CommandLine.HelpCommand.class);

    /** Commands that need every other command in the model: help lists them, completion scripts them. */
    private static final Set<String> WHOLE_MODEL = Set.of("help", "completion");

    static CommandLine commandLine(InputStream in) {
        return commandLine(in, List.of());
    }

    /**
     * The command line for these arguments. Building a command's model costs picocli a few milliseconds of
     * reflection, so a run that names its command gets only that one; anything else (no command, a typo,
     * help, completion) gets them all, for the listing and the "did you mean".
     */
    static CommandLine commandLine(InputStream in, List<String> args) {
        CommandLine line = new CommandLine(new Main(), new Commands(in));
        String named = named(args);
        List<Class<?>> only = WHOLE_MODEL.contains(named) ? List.of()
                : SUBCOMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(named)).toList();
        (only.isEmpty() ? SUBCOMMANDS : only).forEach(line::addSubcommand);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        return line;
    }

    /** A command-line mistake in one line: what is wrong, the nearest command or option, where help is. */
    static String usageProblem(CommandLine.ParameterException e) {
        StringBuilder line = new StringBuilder(e.getMessage().lines().findFirst().orElse("bad command line"));
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            nearest(u).ifPresent(n -> line.append("; did you mean ").append(n).append('?'));
        }
        String command = e.getCommandLine().getCommandName();
        return line.append(" (see 'rig ").append(command.equals("rig") ? "" : command + " ").append("--help')")
                .toString();
    }

    /**
     * The command or option nearest the first word not understood, dashes aside, so that {@code rig version} finds
     * {@code --version} and {@code --fromat} finds {@code --format}.
     */
    static java.util.Optional<String> nearest(CommandLine.UnmatchedArgumentException e) {
        List<String> unmatched = e.getUnmatched();
        if (unmatched.isEmpty()) {
            return java.util.Optional.empty();
        }
        CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
        java.util.Map<String, String> byBareName = new java.util.TreeMap<>();
        spec.options().forEach(o -> java.util.Arrays.stream(o.names()).forEach(n -> byBareName.put(n.replaceFirst("^-+", ""), n)));
        spec.subcommands().keySet().forEach(n -> byBareName.put(n, n));
        String typed = unmatched.get(0).replaceFirst("^-+", "").replaceFirst("=.*", "");
        return dev.rigadvisor.catalog.NearestName.to(typed, byBareName.keySet()).map(byBareName::get);
    }

    static int codeFor(Exception e) {
        if (e instanceof BadInput) {
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof RulesDoNotBuild || e instanceof RunawayRules || e instanceof RuleFault) {
            return ExitCode.RULES_FAIL;
        }
        return ExitCode.INTERNAL;
    }

    /** The lines an error prints: one per problem of rules that do not build, one for anything else. */
    static List<String> errorLines(Exception e) {
        if (e instanceof RulesDoNotBuild r && !r.problems().isEmpty()) {
            return r.problems().stream().map(RuleProblem::oneLine).toList();
        }
        return List.of(message(e));
    }

    static String message(Exception e) {
        if (e instanceof BadInput || e instanceof RulesDoNotBuild || e instanceof RunawayRules || e instanceof RuleFault) {
            return e.getMessage();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "internal error: " + text.lines().findFirst().orElse(text) + " (run with --debug for details)";
    }

    /** Makes the commands; the interview gets the input it reads answers from. */
    private record Commands(InputStream in) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == InterviewCommand.class) {
                return type.cast(new InterviewCommand(in));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** The version from the jar's manifest, which Maven fills from the pom. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            if (v == null) {
                v = fromResource();
            }
            return new String[] {"rig " + (v == null ? "development" : v)};
        }

        /** The version Maven wrote into version.properties when it copied the resources. */
        private static String fromResource() {
            try (InputStream in = Main.class.getResourceAsStream("/dev/rigadvisor/version.properties")) {
                if (in == null) {
                    return null;
                }
                java.util.Properties p = new java.util.Properties();
                p.load(in);
                String v = p.getProperty("version");
                return v == null || v.startsWith("${") ? null : v;
            } catch (java.io.IOException e) {
                return null;
            }
        }
    }
}
