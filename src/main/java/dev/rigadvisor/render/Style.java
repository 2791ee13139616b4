package dev.rigadvisor.render;

/** ANSI colour for a terminal, or none: colour only on a terminal and never with NO_COLOR. */
public final class Style {

    private final boolean colour;

    private Style(boolean colour) {
        this.colour = colour;
    }

    public static Style plain() {
        return new Style(false);
    }

    public static Style forTerminal() {
        boolean terminal = System.console() != null;
        String noColour = System.getenv("NO_COLOR");
        return new Style(terminal && (noColour == null || noColour.isEmpty()));
    }

    String bold(String text) {
        return colour ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    String heading(String text) {
        return colour ? "\u001b[1;36m" + text + "\u001b[0m" : text;
    }

    String warn(String text) {
        return colour ? "\u001b[33m" + text + "\u001b[0m" : text;
    }
}
