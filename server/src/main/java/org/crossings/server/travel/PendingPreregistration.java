package org.crossings.server.travel;

import java.time.Instant;
import java.util.Objects;
import org.crossings.tlog.merkle.Hash;

/**
 * A pre-registration this node keeps until the front office takes the traveller in or it expires: what the traveller
 * submitted, under the reference their case will have, with the hash of their secret. Never signed and never in the
 * log: anyone may pre-register, and nothing anonymous may write to the permanent log. At intake it becomes the case's
 * first entry (a {@code traveller.taken-in} or {@code traveller.not-eligible}) and is removed here.
 *
 * @param madeAt    when it was submitted
 * @param expiresAt when it is forgotten if no one took the traveller in ({@link PreregistrationRules#expiresAt})
 */
public record PendingPreregistration(CaseReference reference, Preregistration trip, Hash secretHash, Instant madeAt,
                                     Instant expiresAt) {

    public PendingPreregistration {
        Objects.requireNonNull(reference, "pre-registration reference");
        Objects.requireNonNull(trip, "pre-registration trip");
        Objects.requireNonNull(secretHash, "pre-registration secret hash");
        Objects.requireNonNull(madeAt, "pre-registration made at");
        Objects.requireNonNull(expiresAt, "pre-registration expires at");
        if (!expiresAt.isAfter(madeAt)) {
            throw new IllegalArgumentException("pre-registration " + reference + ": expiresAt \"" + expiresAt
                    + "\" must be after madeAt \"" + madeAt + "\"");
        }
    }

    public boolean isExpiredAt(Instant at) {
        return !at.isBefore(expiresAt);
    }
}
