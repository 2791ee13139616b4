package dev.rigadvisor.catalog;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThisMachineTest {

    static Catalog catalog;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        catalog = Catalog.load(Path.of("facts"));
    }

    /** Programs that answer from a table; any other program is missing. */
    static ThisMachine.Commands answering(Map<String, String> outputs) {
        return command -> Optional.ofNullable(outputs.get(String.join(" ", command)));
    }

    Path meminfo(String kib) throws Exception {
        Path file = dir.resolve("meminfo");
        Files.writeString(file, "MemTotal:       " + kib + " kB\nMemFree:         1000 kB\n");
        return file;
    }

    @Test
    void nvidiaGpusGetTheirBandwidthFromTheCatalogEntryOfTheSameCard() throws Exception {
        var commands = answering(Map.of("nvidia-smi --query-gpu=name,memory.total --format=csv,noheader,nounits",
                "NVIDIA GeForce RTX 4090, 24564\nNVIDIA GeForce RTX 4090, 24564\n"));
        ThisMachine.Detected d = new ThisMachine(catalog, commands, meminfo("65536000"), "Linux", "amd64").detect();
        Hardware h = d.hardware();
        assertEquals(ThisMachine.ID, h.id());
        assertEquals(2, h.devices().size());
        Device gpu = h.devices().get(0);
        assertEquals(24.0, gpu.memoryGb());
        assertEquals(MemoryKind.dedicated, gpu.memoryKind());
        assertEquals(1008, gpu.bandwidthGbs());
        assertTrue(gpu.cuda());
        assertEquals(62.5, h.systemRamGb());
        assertEquals(List.of("linux"), h.os());
        assertEquals("x86", h.cpuArch());
    }

    @Test
    void withoutAGpuOnlySystemMemoryIsReportedAndTheGapIsSaid() throws Exception {
        ThisMachine.Detected d = new ThisMachine(catalog, answering(Map.of()), meminfo("16384000"), "Linux", "aarch64")
                .detect();
        assertTrue(d.hardware().devices().isEmpty());
        assertEquals(15.6, d.hardware().systemRamGb());
        assertEquals("arm", d.hardware().cpuArch());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("no NVIDIA GPU found")), d.notes().toString());
    }

    @Test
    void anAppleChipIsUnifiedMemoryReadThroughSysctl() {
        var commands = answering(Map.of("sysctl -n machdep.cpu.brand_string", "Apple M4 Pro\n",
                "sysctl -n hw.memsize", "51539607552\n"));
        ThisMachine.Detected d = new ThisMachine(catalog, commands, Path.of("/nonexistent"), "Mac OS X", "aarch64")
                .detect();
        Device chip = d.hardware().devices().get(0);
        assertEquals("Apple M4 Pro", chip.name());
        assertEquals(48.0, chip.memoryGb());
        assertEquals(MemoryKind.unified, chip.memoryKind());
        assertEquals(273, chip.bandwidthGbs());
        assertNull(d.hardware().systemRamGb(), "unified memory is the device memory");
        assertEquals(List.of("macos"), d.hardware().os());
    }

    @Test
    void anUnknownCardHasNoBandwidthAndSaysSo() throws Exception {
        var commands = answering(Map.of("nvidia-smi --query-gpu=name,memory.total --format=csv,noheader,nounits",
                "NVIDIA Future 9999, 49152\ngarbage line\n"));
        ThisMachine.Detected d = new ThisMachine(catalog, commands, meminfo("32768000"), "Linux", "amd64").detect();
        assertEquals(1, d.hardware().devices().size());
        assertEquals(0, d.hardware().devices().get(0).bandwidthGbs());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("not in the catalog")), d.notes().toString());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("could not read an nvidia-smi line")), d.notes().toString());
    }

    @Test
    void twoNvidiaCardsMapToTheCatalogEntryWithTheSameGpus() throws Exception {
        var commands = answering(Map.of("nvidia-smi --query-gpu=name,memory.total --format=csv,noheader,nounits",
                "NVIDIA GeForce RTX 3090, 24576\nNVIDIA GeForce RTX 3090, 24576\n"));
        ThisMachine.Detected d = new ThisMachine(catalog, commands, meminfo("65536000"), "Linux", "amd64").detect();
        assertEquals(2, d.hardware().devices().size());
        assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("same GPUs as the catalog's dual-rtx-3090-build")),
                d.notes().toString());
    }

    @Test
    void amdCardsAreReadFromRocmSmiAndAnIntegratedGpuIsSaidNotCounted() throws Exception {
        var commands = answering(Map.of("rocm-smi --showproductname --showmeminfo vram --json", """
                {"card0": {"Card Series": "Radeon RX 7900 XTX", "VRAM Total Memory (B)": "25753026560"},
                 "card1": {"Card Series": "AMD Radeon Graphics", "VRAM Total Memory (B)": "536870912"}}
                """));
        ThisMachine.Detected d = new ThisMachine(catalog, commands, meminfo("65536000"), "Linux", "amd64").detect();
        assertEquals(1, d.hardware().devices().size(), d.notes().toString());
        Device gpu = d.hardware().devices().get(0);
        assertEquals("AMD Radeon RX 7900 XTX", gpu.name());
        assertEquals(25.8, gpu.memoryGb());
        assertEquals(960, gpu.bandwidthGbs(), "from the catalog's RX 7900 XTX");
        assertTrue(gpu.has("rocm") && !gpu.cuda());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("integrated graphics")), d.notes().toString());
        assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("same GPUs as the catalog's rx-7900-xtx-build")),
                d.notes().toString());
    }

    @Test
    void intelCardsAreReadFromXpuSmi() throws Exception {
        var commands = answering(Map.of("xpu-smi discovery -j", """
                {"device_list": [{"device_id": 0, "device_name": "Intel(R) Arc(TM) Pro B60 Graphics",
                  "memory_physical_size_byte": "25769803776"}]}
                """));
        ThisMachine.Detected d = new ThisMachine(catalog, commands, meminfo("65536000"), "Linux", "amd64").detect();
        Device gpu = d.hardware().devices().get(0);
        assertEquals("Intel Arc Pro B60 Graphics", gpu.name());
        assertEquals(25.8, gpu.memoryGb());
        assertEquals(456, gpu.bandwidthGbs(), "from the catalog's Arc Pro B60");
        assertTrue(gpu.has("vulkan"));
    }

    @Test
    void realProgramsThatAreMissingGiveNothing() {
        var programs = new ThisMachine.Programs(java.time.Duration.ofSeconds(5));
        assertTrue(programs.output(List.of("rig-no-such-program-here")).isEmpty());
        assertEquals(Optional.of("hi\n"), programs.output(List.of("echo", "hi")));
    }
}
