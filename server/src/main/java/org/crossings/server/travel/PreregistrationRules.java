package org.crossings.server.travel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What this node's front office accepts from an anonymous traveller, and how long it keeps it: a day of travel from
 * today to {@code horizon} ahead (read at the post the traveller leaves from), a document still valid on that day;
 * and the pre-registration forgotten {@code keptFor} after the end of its day of travel if no one took the traveller
 * in ({@code crossings.preregistration.horizon}, {@code crossings.preregistration.kept-for}).
 */
public record PreregistrationRules(Period horizon, Duration keptFor) {

    public PreregistrationRules {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(keptFor, "keptFor");
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("crossings.preregistration.horizon \"" + horizon
                    + "\" must be a period ahead, such as P1Y");
        }
        if (keptFor.isNegative()) {
            throw new IllegalArgumentException("crossings.preregistration.kept-for \"" + keptFor
                    + "\" must not be negative");
        }
    }

    /** Every reason {@code trip} cannot be kept on {@code today}; none when it can. */
    public List<PreregistrationReason> check(Preregistration trip, LocalDate today) {
        List<PreregistrationReason> reasons = new ArrayList<>();
        LocalDate day = trip.travelDate();
        LocalDate last = today.plus(horizon);
        if (day.isBefore(today)) {
            reasons.add(new PreregistrationReason(PreregistrationReason.Code.TRAVEL_DATE_PASSED, "travelDate",
                    "travelDate \"" + day + "\" is in the past: today is " + today + " at the post left"));
        } else if (day.isAfter(last)) {
            reasons.add(new PreregistrationReason(PreregistrationReason.Code.TRAVEL_DATE_TOO_FAR, "travelDate",
                    "travelDate \"" + day + "\" is too far ahead: pre-register for a day up to " + last));
        }
        LocalDate expiry = trip.document().dateOfExpiry().asExpiryDate();
        if (expiry.isBefore(day)) {
            reasons.add(new PreregistrationReason(PreregistrationReason.Code.DOCUMENT_EXPIRED, "mrz",
                    "mrz: dateOfExpiry \"" + trip.document().dateOfExpiry().yymmdd() + "\": the document expires on "
                            + expiry + ", before the day of travel " + day));
        }
        return List.copyOf(reasons);
    }

    /** When a pre-registration for {@code travelDate} is forgotten: {@code keptFor} after that day ends in {@code zone}. */
    public Instant expiresAt(LocalDate travelDate, ZoneId zone) {
        return travelDate.plusDays(1).atStartOfDay(zone).toInstant().plus(keptFor);
    }
}
