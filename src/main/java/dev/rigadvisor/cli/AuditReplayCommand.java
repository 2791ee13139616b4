package dev.rigadvisor.cli;

import dev.rigadvisor.audit.AuditStore;
import dev.rigadvisor.audit.AuditStore.Listed;
import dev.rigadvisor.audit.Replay;
import dev.rigadvisor.audit.Replayer;
import dev.rigadvisor.render.AuditText;
import dev.rigadvisor.render.JsonCard;
import dev.rigadvisor.render.Style;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-run recorded scenarios under today's rules and facts. For one id: what changed on the card "
                + "(hardware, models, warnings), which firings appeared or disappeared, and which rule and fact files "
                + "changed. For several ids or --all: which past cards change.")
final class AuditReplayCommand implements Callable<Integer> {

    static final class Which {
        @Parameters(paramLabel = "ID", arity = "1..*", description = "Audit ids.")
        List<String> ids;

        @Option(names = "--all", required = true, description = "Every entry in the audit folder.")
        boolean all;
    }

    @ArgGroup(multiplicity = "1")
    Which which;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    Format format;

    @Mixin
    Knowledge knowledge;

    @Mixin
    AuditPlace audit;

    @Override
    public Integer call() {
        AuditStore store = audit.store();
        Replayer replayer = new Replayer(knowledge.advisor(), store);
        AuditText text = new AuditText(Style.forTerminal());
        String out;
        if (!which.all && which.ids.size() == 1) {
            Replay replay = replayer.replay(store.read(which.ids.get(0)));
            out = format == Format.json ? JsonCard.render(replay) : text.replay(replay);
        } else {
            List<Listed> entries = which.all ? store.list()
                    : which.ids.stream().map(id -> new Listed(id, store.read(id), null)).toList();
            List<Replay> replays = entries.stream().filter(Listed::readable).map(l -> replayer.replay(l.entry())).toList();
            List<Listed> unreadable = entries.stream().filter(l -> !l.readable()).toList();
            out = format == Format.json ? JsonCard.render(replays) : text.summary(replays, unreadable);
        }
        return audit.print(out);
    }
}
