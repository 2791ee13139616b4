package dev.rigadvisor.catalog;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Token counts and dollar sums as people type them: {@code 128k}, {@code 32K}, {@code 1M}; {@code $3,500}, {@code 3.5k}. */
public final class Amounts {

    private static final Pattern TOKENS = Pattern.compile("([0-9][0-9_,]*(?:\\.[0-9]+)?)\\s*([kKmM]?)(?:\\s*tokens?)?");
    private static final Pattern DOLLARS = Pattern.compile("(?:us)?\\$?\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*([kKmM]?)"
            + "(?:\\s*(?:usd|dollars?))?", Pattern.CASE_INSENSITIVE);

    private Amounts() {
    }

    /**
     * A token count: digits with an optional K (1,024) or M (1,048,576) as context sizes are written, so 128k is
     * 131,072 and 32K is 32,768; plain digits are taken as they are.
     */
    public static int tokens(String text) {
        Matcher m = TOKENS.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a token count: write it as 131072, 128k, 32K or 1M");
        }
        double value = Double.parseDouble(m.group(1).replace(",", "").replace("_", ""));
        double scaled = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> value * 1024;
            case "m" -> value * 1024 * 1024;
            default -> value;
        };
        if (scaled != Math.rint(scaled) || scaled > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number of tokens");
        }
        return (int) scaled;
    }

    /** A plain number as Java writes one (1e16, NaN), left for the range checks to judge; null when it is not one. */
    private static Double plain(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A sum in US dollars: 3500, $3,500, 3.5k, $1.2M. */
    public static double dollars(String text) {
        Double plain = plain(text);
        if (plain != null) {
            return plain;
        }
        Matcher m = DOLLARS.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a sum of dollars: write it as 3500, $3,500 or 3.5k");
        }
        double value = Double.parseDouble(m.group(1).replace(",", ""));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> value * 1_000;
            case "m" -> value * 1_000_000;
            default -> value;
        };
    }
}
