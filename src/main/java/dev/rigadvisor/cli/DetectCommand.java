package dev.rigadvisor.cli;

import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.ThisMachine;
import dev.rigadvisor.render.DetectedText;
import dev.rigadvisor.render.JsonCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Report this machine as a hardware fact: NVIDIA GPUs (nvidia-smi), system memory "
                + "(/proc/meminfo), an Apple chip (sysctl on macOS). Bandwidth comes from the catalog entry of the "
                + "same chip. What cannot be found is said, never an error.",
        footer = {"", "Examples:", "  rig detect", "  rig detect --format json",
                "  rig ask --llm coding --have detect"})
final class DetectCommand implements Callable<Integer> {

    @Mixin
    ReportOutput output;

    @Mixin
    Knowledge knowledge;

    @Override
    public Integer call() {
        if (output.format != Format.text && output.format != Format.json) {
            throw output.unsupported("text or json");
        }
        Catalog catalog = Catalog.load(knowledge.factsDir());
        ThisMachine.Detected detected = ThisMachine.here(catalog, HaveOption.DETECT_TIMEOUT).detect();
        return output.print(output.format == Format.json ? JsonCard.render(detected.hardware())
                : DetectedText.render(detected), ExitCode.OK);
    }
}
