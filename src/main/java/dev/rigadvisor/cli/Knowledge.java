package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Advisor;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the rules and facts are: --rules and --facts, else ./rules and ./facts, else those of the install. */
public class Knowledge {

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (DRL files and tables/). Default: ./rules.")
    Path rules;

    @Option(names = "--facts", paramLabel = "DIR", description = "Facts folder (catalog JSON). Default: ./facts.")
    Path facts;

    Path rulesDir() {
        return rules != null ? rules : located("rules");
    }

    Path factsDir() {
        return facts != null ? facts : located("facts");
    }

    Advisor advisor() {
        return Advisor.load(rulesDir(), factsDir());
    }

    private static Path located(String name) {
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
