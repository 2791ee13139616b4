package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Card;
import dev.rigadvisor.audit.AuditEntry;
import dev.rigadvisor.audit.AuditStore;
import dev.rigadvisor.audit.CardReading;
import dev.rigadvisor.audit.Explanation;
import dev.rigadvisor.render.AuditText;
import dev.rigadvisor.render.ChainText;
import dev.rigadvisor.render.Style;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "One recorded run told as a chain: the facts given, the findings derived from them "
                + "(picks, estimates, fits, judgements), and the decision, each step with its advice ID and source. "
                + "--format json prints the whole entry: scenario, file hashes, every firing with its facts, the card.")
final class AuditShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "Audit id, as 'rig audit list' shows it.")
    String id;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    Format format;

    @Mixin
    AuditPlace audit;

    @Override
    public Integer call() {
        AuditEntry entry = audit.store().read(id);
        String text;
        if (format == Format.json) {
            text = AuditStore.json(entry);
        } else {
            Card card = CardReading.card(entry);
            Style style = Style.forTerminal();
            text = new AuditText(style).show(entry, card, Explanation.of(card, entry.firings(), null),
                    new ChainText(style, entry.rules()));
        }
        return audit.print(text);
    }
}
