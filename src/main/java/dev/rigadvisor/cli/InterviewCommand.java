package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Advisor;
import dev.rigadvisor.catalog.BadInput;
import dev.rigadvisor.catalog.ScenarioFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "interview", mixinStandardHelpOptions = true,
        description = "A consultation in the terminal: asks only the questions that matter given your earlier "
                + "answers, shows the card, and offers to save the scenario. Questions go to standard error and the "
                + "card to standard output; answers may be piped in, one a line.",
        footer = {"", "Examples:", "  rig interview",
                "  printf 'llm\\ncoding\\ndaily\\n\\n1\\n2000\\nany\\nn\\nn\\n0\\n\\n\\n' | rig interview",
                "  rig interview --format markdown > card.md"})
final class InterviewCommand implements Callable<Integer> {

    private final InputStream input;

    InterviewCommand(InputStream input) {
        this.input = input;
    }

    @Mixin
    Knowledge knowledge;

    @Mixin
    CardOutput output;

    @Override
    public Integer call() {
        Advisor advisor = knowledge.advisor();
        BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        Interview interview = new Interview(in, output.spec.commandLine().getErr(), advisor.catalog(),
                System.console() == null);
        Interview.Answers answers = interview.run();
        HaveOption have = new HaveOption();
        have.have = answers.have();
        HaveOption.Start start = have.apply(advisor, answers.scenario());
        // asked before the card is shown, so the question never scrolls away behind it
        while (true) {
            Optional<String> file = interview.saveTo();
            if (file.isEmpty()) {
                break;
            }
            try {
                ScenarioFile.write(Path.of(file.get()), have.detects() ? answers.scenario() : start.scenario(), false);
                interview.say("saved the scenario to " + file.get() + " (rig recommend " + file.get() + ")");
                break;
            } catch (BadInput e) {
                interview.say("  " + e.getMessage() + " (try again)");
            }
        }
        return output.show(start.advise(Interview.SOURCE));
    }
}
