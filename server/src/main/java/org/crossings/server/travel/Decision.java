package org.crossings.server.travel;

import java.util.Objects;
import org.crossings.server.agreement.AgreementRef;

/**
 * What a state's officer decides at one step of a crossing. A traveller let through always names the agreement that
 * allowed the crossing: an {@link Allowed} cannot be made without it.
 */
public sealed interface Decision {

    /** Exit allowed, or admitted on entry, under this version of this agreement. */
    record Allowed(AgreementRef agreement) implements Decision {
        public Allowed {
            Objects.requireNonNull(agreement, "an allowed crossing must name the agreement that allows it");
        }
    }

    /** Refused, for one reason of the published list. */
    record Refused(RefusalReason reason) implements Decision {
        public Refused {
            Objects.requireNonNull(reason, "a refusal must give its reason");
        }
    }
}
