package dev.rigadvisor.cli;

import dev.rigadvisor.catalog.Catalog;
import dev.rigadvisor.catalog.Scenarios;
import dev.rigadvisor.catalog.Workload;
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

    /**
     * Values picocli's script cannot know: catalog hardware and model ids and the workload tasks, completed after the
     * options that take them; everything else goes to picocli's function.
     */
    private String values() {
        Catalog catalog = Catalog.load(knowledge.factsDir());
        String hardware = String.join(" ", catalog.hardwareIds().stream().sorted().toList());
        String models = String.join(" ", catalog.modelIds().stream().sorted().toList());
        String tasks = String.join(" ", Scenarios.TASKS.get(Workload.Kind.llm));
        return """

                # catalog ids and tasks, as the catalog stood when this script was made
                function _rig_values() {
                  local previous="${COMP_WORDS[COMP_CWORD-1]}" current="${COMP_WORDS[COMP_CWORD]}"
                  case "$previous" in
                    --on|--have|--considering|--hardware) COMPREPLY=( $(compgen -W "%s" -- "$current") ); return ;;
                    --model) COMPREPLY=( $(compgen -W "%s" -- "$current") ); return ;;
                    --llm) COMPREPLY=( $(compgen -W "%s" -- "$current") ); return ;;
                  esac
                  case "${COMP_WORDS[1]}" in
                    fit) if [ "$COMP_CWORD" -eq 2 ]; then COMPREPLY=( $(compgen -W "%s" -- "$current") ); return; fi ;;
                    compare) if [[ "$current" != -* ]]; then COMPREPLY=( $(compgen -W "%s" -- "$current") ); return; fi ;;
                  esac
                  _complete_rig "$@"
                }
                complete -F _rig_values -o default rig rig.sh rig.bash
                """.formatted(hardware, models, tasks, models, hardware);
    }

    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    Knowledge knowledge;

    @Override
    public Integer call() {
        // picocli's script serves zsh too, through bashcompinit, which it loads itself when run by zsh.
        String script = AutoComplete.bash("rig", spec.root().commandLine());
        String header = shell == Shell.zsh ? "# zsh completion for rig: source it from ~/.zshrc (a bash script run through "
                + "bashcompinit)\n" : "# bash completion for rig\n";
        spec.commandLine().getOut().print(header + script + values());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
