package org.crossings.server.agreement;

import java.time.Instant;
import java.util.Objects;
import org.crossings.server.party.PartyCode;

/**
 * What happened to an agreement. Each event carries everything needed to replay it: applying the same events in
 * the same order with {@link Agreement#replay} rebuilds the same agreement on every party's node.
 */
public sealed interface AgreementEvent {

    AgreementRef agreement();

    Instant at();

    /** A party proposed terms, as a new agreement (version 1) or as an amendment (a later version). */
    record AgreementProposed(AgreementRef agreement, Terms terms, PartyCode proposer, Instant at)
            implements AgreementEvent {
        public AgreementProposed {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(terms, "terms");
            Objects.requireNonNull(proposer, "proposer");
            Objects.requireNonNull(at, "at");
        }
    }

    /** A party signed this version of the agreement. */
    record AgreementSigned(AgreementRef agreement, AgreementSignature signature) implements AgreementEvent {
        public AgreementSigned {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(signature, "signature");
        }

        @Override
        public Instant at() {
            return signature.signedAt();
        }
    }

    /** A party that the terms allow to suspended this version, giving its reason. */
    record AgreementSuspended(AgreementRef agreement, PartyCode by, String reason, Instant at)
            implements AgreementEvent {
        public AgreementSuspended {
            Objects.requireNonNull(agreement, "agreement");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("suspension of " + agreement + " by " + by + ": reason \""
                        + reason + "\" must not be blank");
            }
        }
    }
}
