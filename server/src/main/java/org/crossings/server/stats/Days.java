package org.crossings.server.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of UTC days, {@code [from, until)}: from the start of day {@code from} (included) to the start of day
 * {@code until} (excluded); either end may be open. Days are UTC, never a post's local day, so that every party
 * puts an envelope on the same day and counts the same numbers.
 */
public record Days(Optional<LocalDate> from, Optional<LocalDate> until) {

    public Days {
        Objects.requireNonNull(from, "days from");
        Objects.requireNonNull(until, "days until");
        if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
            throw new IllegalArgumentException("days from " + from.get() + " must be before until " + until.get()
                    + " (until is excluded)");
        }
    }

    /** Every day. */
    public static Days all() {
        return new Days(Optional.empty(), Optional.empty());
    }

    /** The days from {@code from} (included) to {@code until} (excluded). */
    public static Days between(LocalDate from, LocalDate until) {
        return new Days(Optional.of(from), Optional.of(until));
    }

    /** The UTC day of an instant. */
    public static LocalDate dayOf(Instant time) {
        return LocalDate.ofInstant(time, ZoneOffset.UTC);
    }

    public boolean contains(LocalDate day) {
        return from.map(first -> !day.isBefore(first)).orElse(true)
                && until.map(end -> day.isBefore(end)).orElse(true);
    }

    public boolean contains(Instant time) {
        return contains(dayOf(time));
    }
}
