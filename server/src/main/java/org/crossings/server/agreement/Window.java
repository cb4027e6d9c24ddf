package org.crossings.server.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The days an agreement is open: from {@code from} to {@code until}, both dates inclusive, or without end.
 *
 * <p>Dates are read in the time zone of the post where the crossing is first checked, the post the traveller or
 * consignment leaves from (see {@link Terms}): on the ARM→TUR way a window of 21–31 March runs from 21 March 00:00
 * in Yerevan to 1 April 00:00 in Yerevan, exclusive.
 *
 * @param until the last day, inclusive; {@code null} for an opening without end
 */
public record Window(LocalDate from, LocalDate until) {

    public Window {
        Objects.requireNonNull(from, "window.from");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("window.until \"" + until + "\" is before window.from \"" + from + "\"");
        }
    }

    /** The first instant of the window at a post in {@code zone}. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the window at a post in {@code zone}, if it ends. */
    public Optional<Instant> end(ZoneId zone) {
        return Optional.ofNullable(until).map(day -> day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(until);
    }
}
