package org.crossings.server.travel.http;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How many requests a limit lets through per period, written {@code 60/PT10M}: up to 60 at once, then one more each
 * tenth of the period (a token bucket of 60, refilled at 60 per ten minutes).
 */
record Rate(int requests, Duration per) {

    Rate {
        Objects.requireNonNull(per, "per");
        if (requests < 1 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("rate \"" + requests + "/" + per + "\" must be a positive number of"
                    + " requests per a positive period, such as 60/PT10M");
        }
    }

    /** Reads {@code <requests>/<ISO-8601 duration>}; {@code setting} names the property in the error. */
    static Rate parse(String setting, String text) {
        int slash = text.indexOf('/');
        try {
            return new Rate(Integer.parseInt(text.substring(0, Math.max(0, slash)).strip()),
                    Duration.parse(text.substring(slash + 1).strip()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " \"" + text + "\" must be requests/period, such as"
                    + " 60/PT10M", e);
        }
    }

    @Override
    public String toString() {
        return requests + " per " + per.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
