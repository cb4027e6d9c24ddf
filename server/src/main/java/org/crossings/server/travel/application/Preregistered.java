package org.crossings.server.travel.application;

import java.util.List;
import java.util.Objects;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.travel.PendingPreregistration;
import org.crossings.server.travel.PreregistrationReason;
import org.crossings.server.travel.TravellerSecret;

/** A pre-registration's answer: kept, with the traveller's secret; or not eligible, and nothing kept. */
public sealed interface Preregistered {

    /**
     * Kept under a fresh reference, with a fresh secret that is given out this once, and whether an agreement would
     * allow the crossing on the day of travel as the agreements stand now (the front office checks again at intake).
     * Every submission gets one of its own, so two identical submissions are told nothing of each other.
     */
    record Kept(PendingPreregistration preregistration, TravellerSecret secret, EligibilityOutcome preview)
            implements Preregistered {

        public Kept {
            Objects.requireNonNull(preregistration, "preregistration");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(preview, "preview");
        }
    }

    /** The front office could never take the traveller in with it, whatever the agreements: every reason. */
    record NotEligible(List<PreregistrationReason> reasons) implements Preregistered {

        public NotEligible {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a pre-registration not eligible needs at least one reason");
            }
        }
    }
}
