package org.crossings.server.travel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.server.value.DateRange;
import org.crossings.tlog.merkle.Hash;

/**
 * What a traveller submits before arriving: their document, why and where they will cross, and on which day. The day
 * is one of {@link DateRange#CROSSINGS}; from today to {@link #HORIZON} ahead is the rule of pre-registering, which
 * knows what today is at the post.
 */
public record Preregistration(TravelDocument document, Purpose purpose, PassageId passage, Direction direction,
                              LocalDate travelDate) {

    /** How far ahead a traveller may pre-register: a trip is planned months ahead, not years. */
    public static final Period HORIZON = Period.ofYears(1);

    public Preregistration {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(direction, "direction");
        DateRange.CROSSINGS.require("travelDate", Objects.requireNonNull(travelDate, "travelDate"));
    }

    /** Whether the trip is from {@code today} (at the post it leaves from) to {@link #HORIZON} ahead. */
    public boolean isAhead(LocalDate today) {
        return !travelDate.isBefore(today) && !travelDate.isAfter(today.plus(HORIZON));
    }

    /**
     * What makes two submissions the same pre-registration: the same document (its whole machine-readable zone), trip
     * and day. Submitting it again finds the case the first one made instead of making a second. It stays in this
     * node's private payloads and read model, never in an envelope: unsalted, it could confirm a guessed document.
     */
    public Hash key() {
        String text = String.join("\n", document.mrz(), passage.value(), direction.from().value(),
                direction.to().value(), purpose.json(), travelDate.toString());
        try {
            return Hash.of(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
