package dev.rigadvisor.cli;

import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.UserCatalog;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.engine.Consultation;
import dev.rigadvisor.engine.KnowledgeVersion;
import picocli.CommandLine.Model.CommandSpec;
import dev.rigadvisor.engine.RuleBase;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Where the rules and facts are: --rules and --facts, else ./rules and ./facts, else those of the install. */
public class Knowledge {

    private static final Map<List<Path>, Advisor> LOADED = new HashMap<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (DRL files and tables/). Default: ./rules.")
    Path rules;

    @Option(names = "--facts", paramLabel = "DIR", description = "Facts folder (catalog JSON). Default: ./facts.")
    Path facts;

    @Option(names = "--user-catalog", paramLabel = "DIR",
            description = "Your own machines and models (hardware.json, models.json), over the shipped catalog; "
                    + "catalog add-* writes there. Default: $RIG_USER_CATALOG, else ~/.config/rig-advisor.")
    Path userCatalog;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + Consultation.MAX_FIRINGS,
            description = "Stop a run after N rule firings and name the rules that kept firing (a loop in edited "
                    + "rules). Default: ${DEFAULT-VALUE}.")
    int maxFirings;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "10",
            description = "Stop a run of the rules after S seconds of wall-clock time and name the rule still running "
                    + "(an action that spins in edited rules). Default: ${DEFAULT-VALUE}.")
    double maxSeconds;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    Path rulesDir() {
        return rules != null ? rules : located("rules");
    }

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Folder for the compiled rules. Default: $RIG_CACHE, else ~/.cache/rig-advisor.")
    Path cache;

    Path cacheDir() {
        return cache != null ? cache : RuleBase.defaultCacheDir();
    }

    Path factsDir() {
        return facts != null ? facts : located("facts");
    }

    Path userCatalogDir() {
        return userCatalog != null ? userCatalog : UserCatalog.defaultDir();
    }


    /** The shipped scenarios: ./scenarios, else those of the install. */
    Path scenariosDir() {
        return located("scenarios");
    }

    /**
     * The advisor for these folders. A process that runs several commands (the tests, an embedding program)
     * builds the rules once per version of the knowledge: a changed file changes the version and rebuilds.
     */
    Advisor advisor() {
        if (maxFirings < 1) {
            throw new ParameterException(spec.commandLine(), "--max-firings must be at least 1, found " + maxFirings);
        }
        if (!(maxSeconds > 0 && maxSeconds <= 86_400)) {
            throw new ParameterException(spec.commandLine(), "--max-seconds must be above 0 and at most 86400, found "
                    + maxSeconds);
        }
        Supplier<Advisor> served = SERVED.get();
        if (served != null) {
            return served.get().withMaxFirings(maxFirings).withMaxTime(Duration.ofMillis((long) Math.ceil(maxSeconds * 1000)));
        }
        Path rulesDir = rulesDir();
        Path factsDir = factsDir();
        List<Path> key = List.of(rulesDir.toAbsolutePath().normalize(), factsDir.toAbsolutePath().normalize());
        String version = KnowledgeVersion.of(rulesDir, factsDir);
        synchronized (LOADED) {
            Advisor known = LOADED.get(key);
            if (known == null || !known.version().equals(version)) {
                known = Advisor.load(rulesDir, factsDir, cacheDir());
                LOADED.put(key, known);
            }
            Catalog withUsers = UserCatalog.overlay(known.catalog(), userCatalogDir());
            Advisor advisor = withUsers == known.catalog() ? known : known.with(withUsers);
            return advisor.withMaxFirings(maxFirings).withMaxTime(Duration.ofMillis((long) Math.ceil(maxSeconds * 1000)));
        }
    }

    /**
     * The catalogs: those of the knowledge a server keeps warm, else the shipped catalog read from the facts folder
     * with the user's own entries over it.
     */
    Catalog catalog() {
        Supplier<Advisor> served = SERVED.get();
        return served != null ? served.get().catalog() : UserCatalog.overlay(Catalog.load(factsDir()), userCatalogDir());
    }

    /**
     * The knowledge of a server answering for a client (see {@link Main#runFor}): while set on a thread, its
     * commands use it instead of loading any folder.
     */
    private static final ThreadLocal<Supplier<Advisor>> SERVED = new ThreadLocal<>();

    static <T> T servedBy(Supplier<Advisor> knowledge, Supplier<T> work) {
        Supplier<Advisor> before = SERVED.get();
        SERVED.set(knowledge);
        try {
            return work.get();
        } finally {
            SERVED.set(before);
        }
    }

    /** Starts loading the default rules while the command line is read (see {@link RuleBase#preload}). */
    static void preloadDefault() {
        RuleBase.preload(located("rules"), RuleBase.defaultCacheDir());
    }

    static Path located(String name) {
        Path here = Path.of(name);
        if (Files.isDirectory(here)) {
            return here;
        }
        String home = System.getenv("RIG_HOME");
        if (home != null && Files.isDirectory(Path.of(home, name))) {
            return Path.of(home, name);
        }
        return here;
    }
}
