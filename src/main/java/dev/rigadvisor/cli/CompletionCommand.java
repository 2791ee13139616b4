package dev.rigadvisor.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a shell completion script for rig: commands, options and their values.",
        footer = {"", "Examples:", "  source <(rig completion bash)          # in ~/.bashrc",
                "  source <(rig completion zsh)           # in ~/.zshrc (uses bashcompinit)",
                "  rig completion bash > /etc/bash_completion.d/rig"})
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // picocli's script serves zsh too, through bashcompinit, which it loads itself when run by zsh.
        String script = AutoComplete.bash("rig", spec.root().commandLine());
        String header = shell == Shell.zsh ? "# zsh completion for rig: source it from ~/.zshrc (a bash script run through "
                + "bashcompinit)\n" : "# bash completion for rig\n";
        spec.commandLine().getOut().print(header + script);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
