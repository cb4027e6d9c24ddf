package org.crossings.server.travel.application;

import java.util.Objects;
import java.util.Optional;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.agreement.Fee;
import org.crossings.server.travel.TravellerCase;
import org.crossings.server.travel.TravellerSecret;

/**
 * The answer at the front office: the case, allowed by which agreement or refused with every reason, and the fee.
 *
 * @param secret the traveller's secret, when this intake gave them one: a traveller who pre-registered has theirs
 *               already; one who did not gets it here, once, to open their receipt with
 */
public record Intake(TravellerCase travellerCase, EligibilityOutcome eligibility, Optional<Fee> fee,
                     Optional<TravellerSecret> secret) {

    public Intake {
        Objects.requireNonNull(travellerCase, "travellerCase");
        Objects.requireNonNull(eligibility, "eligibility");
        fee = Objects.requireNonNullElse(fee, Optional.empty());
        secret = Objects.requireNonNullElse(secret, Optional.empty());
    }
}
