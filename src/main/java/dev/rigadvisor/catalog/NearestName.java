package dev.rigadvisor.catalog;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the known name closest to a mistyped one, for "did you mean" hints. */
public final class NearestName {

    private NearestName() {
    }

    /**
     * The known name nearest to a typed one. Names are compared as their letters and digits only (so "gemma3-27b"
     * is "gemma-3-27b"), and between names as many edits away, one of the typed size ("27b") is preferred, so a
     * mistyped id suggests the same model family at the same size.
     */
    public static Optional<String> to(String typed, Collection<String> known) {
        if (typed == null || typed.length() > Limits.NAME_CHARS) {
            return Optional.empty();
        }
        String bestName = null;
        int best = Integer.MAX_VALUE;
        for (String name : known) {
            int d = closeness(typed, name);
            if (d < best || (d == best && bestName != null && name.compareTo(bestName) < 0)) {
                best = d;
                bestName = name;
            }
        }
        int allowed = 2 * Math.max(2, typed.length() / 3) + 1;
        return best <= allowed ? Optional.ofNullable(bestName) : Optional.empty();
    }

    /**
     * Twice the edits between the letters and digits of two names, plus one when both state a size and the sizes
     * differ: of two names as many edits away, the one of the same size is nearer.
     */
    public static int closeness(String typed, String name) {
        int d = 2 * distance(plain(typed), plain(name));
        Set<String> typedSizes = sizes(typed);
        Set<String> sizes = sizes(name);
        if (!typedSizes.isEmpty() && !sizes.isEmpty() && !typedSizes.equals(sizes)) {
            d += 1;
        }
        return d;
    }

    private static final Pattern SIZE = Pattern.compile("(?<![a-z0-9.])(\\d+(?:\\.\\d+)?)b(?![a-z])");

    /** A name's letters and digits, lower case. */
    public static String plain(String name) {
        return name.toLowerCase().replaceAll("[^a-z0-9]", "");
    }

    /** The sizes a name states, such as "27b" or "1.5b". */
    static Set<String> sizes(String name) {
        Set<String> found = new TreeSet<>();
        Matcher m = SIZE.matcher(name.toLowerCase().replace('_', '-'));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** "unknown X "y"; did you mean "z"?" or, with no near name, the list of known names when short. */
    public static String hint(String what, String typed, Collection<String> known) {
        if (typed != null && typed.length() > Limits.NAME_CHARS) {
            return "unknown " + what + " (a name of " + typed.length() + " characters; the limit is "
                    + Limits.NAME_CHARS + ")";
        }
        String message = "unknown " + what + " \"" + typed + "\"";
        Optional<String> near = to(typed, known);
        if (near.isPresent()) {
            return message + "; did you mean \"" + near.get() + "\"?";
        }
        if (known.size() <= 24) {
            return message + "; expected one of " + String.join(", ", known.stream().sorted().toList());
        }
        return message;
    }

    /** Edits between two names: insertions, deletions, substitutions and swaps of neighbouring letters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i][j - 1] + 1, d[i - 1][j] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
