package org.crossings.server.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * A log entry that a read model set aside: which entry, which read model ({@code journal} when no read model could
 * be given it: not an envelope, a bad signature, an unreadable payload), and why. Every node that replays the same
 * log with the same projections sets aside the same entries.
 *
 * @param projection the read model that could not take the entry, or {@value #JOURNAL}
 */
public record Finding(long index, String projection, String reason, Instant foundAt) {

    /** The projection name of findings about the entry itself rather than one read model. */
    public static final String JOURNAL = "journal";
    private static final int MAX_REASON = 500;

    public Finding {
        if (index < 0) {
            throw new IllegalArgumentException("finding index " + index + " must not be negative");
        }
        Objects.requireNonNull(projection, "finding projection");
        Objects.requireNonNull(foundAt, "finding time");
        reason = storable(Objects.requireNonNullElse(reason, "no reason given"));
    }

    /**
     * The reason as a database can keep it: a reason may quote the very value a read model refused (a NUL, say), so
     * characters no signed text may hold become {@code ?}, and it is cut to {@value #MAX_REASON} characters.
     */
    private static String storable(String reason) {
        StringBuilder kept = new StringBuilder(Math.min(reason.length(), MAX_REASON));
        for (int i = 0; i < reason.length() && kept.length() < MAX_REASON; i++) {
            char c = reason.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < reason.length()
                    && Character.isLowSurrogate(reason.charAt(i + 1));
            if (pair) {
                kept.append(c).append(reason.charAt(++i));
            } else {
                kept.append(Character.isSurrogate(c) || c < 0x20 || (c >= 0x7F && c <= 0x9F) ? '?' : c);
            }
        }
        return kept.toString();
    }
}
