package dev.rigadvisor.catalog;

import java.util.List;

/**
 * The stated size limits of the input (README, "Limits"). Each bounds what one input can make the adviser do and
 * print: a card holds at most {@link #WORKLOADS} workloads, each named in at most {@link #NAME_CHARS} characters,
 * so a card and its audit entry stay a bounded size. An input past a limit is BadInput naming it.
 */
public final class Limits {

    /** Workloads in one scenario. */
    public static final int WORKLOADS = 64;

    /** Characters in a name or an id (scenario, workload, machine, model, alias). */
    public static final int NAME_CHARS = 200;

    /** Characters in a free text: a scenario's description, an entry's source or note. */
    public static final int TEXT_CHARS = 2_000;

    /** Entries in one catalog file (hardware.json, models.json, ...). */
    public static final int CATALOG_ENTRIES = 10_000;

    /** Rows in one decision table. */
    public static final int TABLE_ROWS = 1_000;

    private Limits() {
    }

    /** A name or id no longer than {@link #NAME_CHARS}; null passes (whether it is required is checked elsewhere). */
    public static void name(String file, String place, String value) {
        length(file, place, value, NAME_CHARS);
    }

    /** A free text no longer than {@link #TEXT_CHARS}. */
    public static void text(String file, String place, String value) {
        length(file, place, value, TEXT_CHARS);
    }

    /** Every name of a list no longer than {@link #NAME_CHARS}. */
    public static void names(String file, String place, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            name(file, place + "[" + i + "]", values.get(i));
        }
    }

    /** At most {@code limit} items. */
    public static void count(String file, String place, int size, int limit, String what) {
        if (size > limit) {
            throw new BadInput(file, place, "holds " + size + " " + what + "; the limit is " + limit);
        }
    }

    private static void length(String file, String place, String value, int limit) {
        if (value != null && value.length() > limit) {
            throw new BadInput(file, place, "is " + value.length() + " characters long; the limit is " + limit);
        }
    }
}
