package org.crossings.server.travel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Objects;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.tlog.merkle.Hash;

/** What a traveller submits before arriving: their document, why and where they will cross, and on which day. */
public record Preregistration(TravelDocument document, Purpose purpose, PassageId passage, Direction direction,
                              LocalDate travelDate) {

    public Preregistration {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(travelDate, "travelDate");
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
