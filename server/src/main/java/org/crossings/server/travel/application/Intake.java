package org.crossings.server.travel.application;

import java.util.Optional;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.agreement.Fee;
import org.crossings.server.travel.TravellerCase;

/** The answer at the front office: the case, allowed by which agreement or refused with every reason, and the fee. */
public record Intake(TravellerCase travellerCase, EligibilityOutcome eligibility, Optional<Fee> fee) {
}
