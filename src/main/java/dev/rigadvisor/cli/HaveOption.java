package dev.rigadvisor.cli;

import dev.rigadvisor.catalog.Hardware;
import dev.rigadvisor.catalog.UserCatalog;
import java.nio.file.Path;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.advice.Card;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.NearestName;
import dev.rigadvisor.catalog.Scenario;
import dev.rigadvisor.catalog.ThisMachine;
import picocli.CommandLine.Option;

import java.time.Duration;

/** --have: the machine the person already has, a catalog id or this machine as detected. */
public class HaveOption {

    static final String DETECT = "detect";

    /** How long each detection program may run. */
    static final Duration DETECT_TIMEOUT = Duration.ofSeconds(5);

    @Option(names = "--have", paramLabel = "ID|detect|FILE.json",
            description = "A machine you already have: a catalog id, 'detect' for this one, or a JSON file describing it "
                    + "(the layout of hardware.json, one machine). The card starts from it.")
    String have;

    /** The advisor and scenario to use: unchanged without --have; with 'detect', this machine joins the catalog. */
    record Start(Advisor advisor, Scenario scenario) {

        Card advise(String source) {
            return advisor.advise(scenario, source);
        }
    }

    Start apply(Advisor advisor, Scenario scenario) {
        if (have == null) {
            return new Start(advisor, scenario);
        }
        if (DETECT.equals(have)) {
            ThisMachine.Detected detected = ThisMachine.here(advisor.catalog(), DETECT_TIMEOUT).detect();
            return new Start(advisor.with(advisor.catalog().withHardware(detected.hardware())),
                    scenario.withHave(ThisMachine.ID));
        }
        if (have.endsWith(".json")) {
            Hardware machine = UserCatalog.machineFile(Path.of(have));
            return new Start(advisor.with(advisor.catalog().withHardware(machine)), scenario.withHave(machine.id()));
        }
        if (advisor.catalog().hardware(have).isEmpty()) {
            throw new BadInput("--have", null, NearestName.hint("hardware id", have, advisor.catalog().hardwareIds())
                    + " (or 'detect' for this machine)");
        }
        return new Start(advisor, scenario.withHave(have));
    }

    boolean detects() {
        return DETECT.equals(have);
    }
}
