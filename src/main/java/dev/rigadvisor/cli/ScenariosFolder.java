package dev.rigadvisor.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the scenarios are: --scenarios, else ./scenarios, else those of the install. */
public class ScenariosFolder {

    @Option(names = "--scenarios", paramLabel = "DIR", description = "Scenarios folder. Default: ./scenarios.")
    Path scenarios;

    Path dir() {
        return scenarios != null ? scenarios : Knowledge.located("scenarios");
    }
}
