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

    /** Whether the terminal of a client whose command a server answers takes colour (see serve); unset otherwise. */
    private static final ThreadLocal<Boolean> CLIENT_COLOUR = new ThreadLocal<>();

    /** Runs {@code work} with {@link #forTerminal} answering for a client's terminal instead of this process's. */
    public static <T> T forClient(boolean colour, java.util.function.Supplier<T> work) {
        Boolean before = CLIENT_COLOUR.get();
        CLIENT_COLOUR.set(colour);
        try {
            return work.get();
        } finally {
            CLIENT_COLOUR.set(before);
        }
    }

    public static Style forTerminal() {
        Boolean client = CLIENT_COLOUR.get();
        if (client != null) {
            return new Style(client);
        }
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
