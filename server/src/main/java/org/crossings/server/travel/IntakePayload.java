package org.crossings.server.travel;

import java.util.Objects;
import java.util.Optional;
import org.crossings.tlog.merkle.Hash;

/**
 * The private payload of an intake, or of a refusal at intake: the traveller, who took them in, the hash of the
 * traveller's secret, the pre-registration they came with and the fee collected. {@link TravellerJson} writes it in
 * three parts, each for its own recipients: identity, travel-document and intake.
 *
 * @param by the name of the person who took the traveller in
 */
public record IntakePayload(TravellerCase.Traveller traveller, String by, Hash secretHash,
                            Optional<CaseReference> preregistration, Optional<FeeCollected> fee) {

    public IntakePayload {
        Objects.requireNonNull(traveller, "intake traveller");
        Objects.requireNonNull(by, "intake by");
        Objects.requireNonNull(secretHash, "intake secretHash");
        preregistration = Objects.requireNonNullElse(preregistration, Optional.empty());
        fee = Objects.requireNonNullElse(fee, Optional.empty());
    }
}
