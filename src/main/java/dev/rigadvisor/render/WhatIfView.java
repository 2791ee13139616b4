package dev.rigadvisor.render;

import dev.rigadvisor.advice.WhatIf;

/** A what-if: what changed, then (on request in text) the card before and the card after. */
public final class WhatIfView {

    private WhatIfView() {
    }

    /** What changed first; the whole cards before and after only when {@code cards} is set. */
    public static String text(WhatIf input, TextCard cards, Style style, boolean withCards) {
        WhatIf w = Printable.of(input);
        StringBuilder out = new StringBuilder();
        out.append(style.heading("=== What changed ===")).append('\n');
        w.changes().forEach(c -> out.append("  - ").append(c).append('\n'));
        if (!withCards) {
            out.append("  (--cards prints the whole card before and after)\n");
            return out.toString();
        }
        out.append('\n').append(style.heading("=== Before ===")).append('\n').append(cards.render(w.before())).append('\n');
        out.append(style.heading("=== After ===")).append('\n').append(cards.render(w.after()));
        return out.toString();
    }

    public static String markdown(WhatIf w) {
        StringBuilder out = new StringBuilder("# What changed\n\n");
        w.changes().forEach(c -> out.append("- ").append(Printable.markdown(c)).append('\n'));
        return out.append("\n# Before\n\n").append(MarkdownCard.render(w.before()).replaceAll("(?m)^#", "##"))
                .append("\n# After\n\n").append(MarkdownCard.render(w.after()).replaceAll("(?m)^#", "##")).toString();
    }

    public static String html(WhatIf w) {
        StringBuilder body = new StringBuilder("<main><h1>What changed</h1><ul>");
        w.changes().forEach(c -> body.append("<li>").append(HtmlCard.esc(c)).append("</li>"));
        body.append("</ul></main>\n<main><p class=\"muted\">Before</p></main>\n").append(HtmlCard.body(w.before()))
                .append("<main><p class=\"muted\">After</p></main>\n").append(HtmlCard.body(w.after()));
        return HtmlCard.page("Rig Advisor: what if, " + w.after().scenario().name(), body.toString());
    }
}
