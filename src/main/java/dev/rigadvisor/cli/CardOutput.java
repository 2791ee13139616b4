package dev.rigadvisor.cli;

import dev.rigadvisor.advice.Card;
import dev.rigadvisor.render.HtmlCard;
import dev.rigadvisor.render.JsonCard;
import dev.rigadvisor.render.MarkdownCard;
import dev.rigadvisor.render.Printable;
import dev.rigadvisor.render.Style;
import dev.rigadvisor.render.TextCard;
import picocli.CommandLine.Option;

/** How a command shows a card: --format and --trail. */
public class CardOutput extends ReportOutput {

    @Option(names = "--trail", paramLabel = "WHICH", defaultValue = "pointer",
            description = "In text: 'pointer' (the default) says how many firings there are and where to see them; 'key' "
                    + "shows the firings that picked, sized, warned and chose; 'full' every one.")
    TextCard.Trail trail;

    @Option(names = "--all", description = "In text: list every machine ruled out with each reason, and every score term"
            + " (by default they are grouped by their first reason).")
    boolean all;

    int show(Card card) {
        return print(render(card), card.satisfied() ? ExitCode.OK : ExitCode.NO_HARDWARE);
    }

    TextCard textCard() {
        return new TextCard(Style.forTerminal(), trail, all || trail == TextCard.Trail.full);
    }

    /** A line for the person that is not part of the card (it goes to standard error, so pipes get only the card). */
    void note(String line) {
        spec.commandLine().getErr().println("rig: " + Printable.line(line));
        spec.commandLine().getErr().flush();
    }

    String render(Card card) {
        return switch (format) {
            case json -> JsonCard.card(card);
            case markdown -> MarkdownCard.render(card);
            case html -> HtmlCard.render(card);
            case text -> textCard().render(card);
        };
    }
}
