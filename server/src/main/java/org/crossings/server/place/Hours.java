package org.crossings.server.place;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Hours of a day, in local time: from {@code from} inclusive to {@code until} exclusive, so that 09:00–18:00 admits
 * 17:59:59.999 and not 18:00:00. Hours that run past midnight are not supported: split them into two days' hours.
 */
public record Hours(LocalTime from, LocalTime until) {

    public Hours {
        Objects.requireNonNull(from, "hours from");
        Objects.requireNonNull(until, "hours until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("hours until \"" + until + "\" is not after hours from \"" + from + "\"");
        }
    }

    public static Hours of(String from, String until) {
        return new Hours(LocalTime.parse(from), LocalTime.parse(until));
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(from) && time.isBefore(until);
    }

    @Override
    public String toString() {
        return from + "–" + until;
    }
}
