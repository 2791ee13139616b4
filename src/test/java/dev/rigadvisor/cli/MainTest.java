package dev.rigadvisor.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @Test
    void rulesStartLoadingOnlyForCommandsThatConsultThem() {
        assertTrue(Main.loadsRules(List.of("recommend", "scenarios/student.json")));
        assertTrue(Main.loadsRules(List.of("--debug", "fit", "qwen3-32b", "--on", "mac-studio-m4-max-128")));
        assertTrue(Main.loadsRules(List.of("batch", "scenarios")));

        assertFalse(Main.loadsRules(List.of()));
        assertFalse(Main.loadsRules(List.of("--version")));
        assertFalse(Main.loadsRules(List.of("hardware", "--cuda")));
        assertFalse(Main.loadsRules(List.of("catalog", "add-model", "--id", "x")));
        assertFalse(Main.loadsRules(List.of("recommend", "--help")));
    }

    @Test
    void commandsWithoutRulesAreCommands() {
        Set<String> names = Main.SUBCOMMANDS.stream().map(c -> c.getAnnotation(Command.class).name())
                .collect(Collectors.toSet());
        Main.WITHOUT_RULES.stream().filter(name -> !name.isEmpty())
                .forEach(name -> assertTrue(names.contains(name), name + " is not a command"));
    }
}
