package dev.rigadvisor.audit;

import dev.rigadvisor.catalog.BadInput;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Audit ids: the UTC time to the millisecond, then a random suffix, e.g. 20261121T211930.123Z-1a2b3c4d.
 * They sort by time as text, and runs started in the same millisecond by different processes still differ.
 */
public final class AuditId {

    public static final String EXAMPLE = "20261121T211930.123Z-1a2b3c4d";
    private static final Pattern FORM = Pattern.compile("^\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]{8}$");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuditId() {
    }

    public static String next(Instant time) {
        byte[] suffix = new byte[4];
        RANDOM.nextBytes(suffix);
        return STAMP.format(time) + "-" + HexFormat.of().formatHex(suffix);
    }

    public static boolean valid(String id) {
        return id != null && FORM.matcher(id).matches();
    }

    /** The id, if it has the form of one; else a one-line error. An id never names a path outside the store. */
    public static String check(String id) {
        if (id == null || id.isBlank()) {
            throw new BadInput("audit id", "", "is empty; 'rig audit list' shows the ids");
        }
        if (id.contains("/") || id.contains("\\") || id.contains("..") || id.startsWith("~")) {
            throw new BadInput("audit id \"" + id + "\"", "", "names a path; an audit id is a plain name like "
                    + EXAMPLE + " and never leaves the audit folder");
        }
        if (!valid(id)) {
            throw new BadInput("audit id \"" + id + "\"", "", "is not an audit id (they look like " + EXAMPLE
                    + "; 'rig audit list' shows them)");
        }
        return id;
    }
}
