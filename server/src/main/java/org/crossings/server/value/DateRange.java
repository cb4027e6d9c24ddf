package org.crossings.server.value;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The days, both inclusive, that a date or instant read from a request must fall in, and the strict ISO 8601 forms it
 * is read from: a day as {@code 2025-03-21}, an instant as {@code 2025-03-21T09:30:00Z} (RFC 3339: seconds required, a
 * fraction of up to 9 digits, {@code Z} or an offset such as {@code +04:00}). No signed or five-digit years, no week
 * or ordinal dates, no lower-case {@code t} or {@code z}, no spaces.
 *
 * <p>A date far outside any crossing's life is a mistake or an attack: the year 1000000000 overflowed the time-zone
 * arithmetic of eligibility into a 500 before these bounds.
 */
public record DateRange(LocalDate first, LocalDate last) {

    /** Dates in travel documents and about people: 1900-01-01 to 2200-12-31. */
    public static final DateRange DOCUMENTS = new DateRange(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31));
    /**
     * Agreement windows, the instants eligibility is asked for, travel days and statistics days: 2000-01-01 to
     * 2199-12-31, so instants from 2000-01-01T00:00:00Z until (excluded) 2200-01-01T00:00:00Z.
     */
    public static final DateRange CROSSINGS = new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2199, 12, 31));

    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INSTANT = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,9})?(Z|[+-][0-9]{2}:[0-9]{2})");

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last " + last + " is before first " + first);
        }
    }

    /**
     * The day {@code text} names, if it is in this range.
     *
     * @throws IllegalArgumentException {@code field "value": why}, quoting at most {@value Excerpt#LENGTH} characters
     */
    public LocalDate day(String field, String text) {
        Objects.requireNonNull(text, field);
        if (!DAY.matcher(text).matches()) {
            throw new IllegalArgumentException(field + " " + Excerpt.of(text) + " is not a day in ISO 8601 form,"
                    + " such as \"2025-03-21\"");
        }
        try {
            return require(field, LocalDate.parse(text));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + " " + Excerpt.of(text) + " is not a day of the calendar", e);
        }
    }

    /**
     * The instant {@code text} names, if it falls on a day of this range (in UTC).
     *
     * @throws IllegalArgumentException {@code field "value": why}, quoting at most {@value Excerpt#LENGTH} characters
     */
    public Instant instant(String field, String text) {
        Objects.requireNonNull(text, field);
        if (!INSTANT.matcher(text).matches()) {
            throw new IllegalArgumentException(field + " " + Excerpt.of(text) + " is not an instant in ISO 8601"
                    + " form, such as \"2025-03-21T09:30:00Z\"");
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + " " + Excerpt.of(text) + " is not an instant of the calendar",
                    e);
        }
        if (instant.isBefore(start()) || !instant.isBefore(end())) {
            throw new IllegalArgumentException(field + " " + Excerpt.of(text) + " is not from " + start()
                    + " until " + end());
        }
        return instant;
    }

    /** {@code day}, if it is in this range. */
    public LocalDate require(String field, LocalDate day) {
        if (!contains(day)) {
            throw new IllegalArgumentException(field + " \"" + day + "\" is not from " + first + " to " + last);
        }
        return day;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    private Instant start() {
        return first.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private Instant end() {
        return last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
