package dev.rigadvisor.cli;

import dev.rigadvisor.TestFolders;
import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.ModelFromFileTest;
import dev.rigadvisor.catalog.UserCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserCatalogTest {

    private static List<String> machine(Path facts, Path user, String id) {
        return List.of("catalog", "add-hardware", "--facts", facts.toString(), "--user-catalog", user.toString(),
                "--id", id, "--name", "Office box " + id, "--device", "NVIDIA GeForce RTX 3090;24;dedicated;936;142;cuda",
                "--system-ram", "64", "--price", "1500", "--os", "linux", "--source", "my own measurement");
    }

    @Test
    void eightProcessesAddingAtOnceAllLandAndTheFileKeepsItsMode(@TempDir Path dir) throws Exception {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        Path user = dir.resolve("user");
        assertEquals(ExitCode.OK, Rig.run(machine(facts, user, "box-0").toArray(String[]::new)).code());
        Path file = user.resolve("hardware.json");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                    "dev.rigadvisor.cli.Main"));
            command.addAll(machine(facts, user, "box-" + i));
            processes.add(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("out-" + i + ".txt").toFile()).start());
        }
        for (int i = 0; i < processes.size(); i++) {
            assertTrue(processes.get(i).waitFor(120, TimeUnit.SECONDS), "process " + (i + 1) + " finished");
            assertEquals(0, processes.get(i).exitValue(), Files.readString(dir.resolve("out-" + (i + 1) + ".txt")));
        }
        Catalog catalog = UserCatalog.overlay(Catalog.load(facts), user);
        for (int i = 0; i <= 8; i++) {
            assertTrue(catalog.hardware("box-" + i).isPresent(), "box-" + i + " landed");
        }
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(Catalog.load(Path.of("facts")).hardware().size(), Catalog.load(facts).hardware().size(),
                "the shipped facts are untouched");
    }

    @Test
    void aModelAddedFromItsGgufIsOnTheCardMarkedAsYours(@TempDir Path dir) throws IOException {
        Path facts = TestFolders.copy(Path.of("facts"), dir.resolve("facts"));
        Path user = dir.resolve("user");
        Path gguf = ModelFromFileTest.llama8b(dir);
        Rig add = Rig.run("catalog", "add-model", "--facts", facts.toString(), "--user-catalog", user.toString(),
                "--gguf", gguf.toString());
        assertEquals(ExitCode.OK, add.code(), add.err());
        Rig fit = Rig.run("fit", "test-llama-8b", "--on", "rtx-4060-ti-16-build", "--facts", facts.toString(),
                "--user-catalog", user.toString(), "--format", "json");
        assertEquals(ExitCode.OK, fit.code(), fit.err());
        Rig models = Rig.run("models", "--facts", facts.toString(), "--user-catalog", user.toString(), "--format", "json");
        assertTrue(models.out().contains("\"your catalog (" + user.resolve("models.json")), models.out());
    }

    @Test
    void haveTakesAMachineDescribedInAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("my-box.json"), """
                {"hardware": [{"id": "my-box", "name": "My 3090 box", "devices": [{"name": "NVIDIA GeForce RTX 3090",
                  "memoryGb": 24, "memoryKind": "dedicated", "bandwidthGbs": 936, "computeTflops": 142,
                  "features": ["cuda", "flash-attention"]}], "systemRamGb": 64, "priceUsd": 900,
                  "os": ["linux"], "portable": false, "source": "my own box"}]}
                """);
        Rig rig = Rig.run("recommend", "scenarios/budget-coder.json", "--have", file.toString());
        assertEquals(ExitCode.OK, rig.code(), rig.err());
        assertTrue(rig.out().contains("My 3090 box") && rig.out().contains("your catalog (" + file), rig.out());

        Path two = Files.writeString(dir.resolve("two.json"), "{\"hardware\": []}");
        Rig bad = Rig.run("recommend", "scenarios/budget-coder.json", "--have", two.toString());
        assertEquals(ExitCode.BAD_INPUT, bad.code());
        assertTrue(bad.err().contains("two.json"), bad.err());
    }
}
