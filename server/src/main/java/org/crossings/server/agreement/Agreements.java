package org.crossings.server.agreement;

import java.util.List;
import java.util.Optional;

/**
 * Every version of every agreement, as the log has recorded them: the read model that decisions about agreements
 * and crossings consult.
 *
 * <p>Contract: an implementation MUST answer from the log's entries alone (so each party's node answers the same),
 * MUST reflect an agreement entry once {@code Journal.record} has returned for it, and {@link #eligibility()} MUST
 * be the index of {@link #all()} at the same point of the log.
 */
public interface Agreements {

    Optional<Agreement> find(AgreementRef ref);

    /** Every version of the agreement, oldest first; empty if it was never proposed. */
    List<Agreement> versions(AgreementId id);

    /** Every version of every agreement, by id, then version. */
    List<Agreement> all();

    /** The eligibility index over {@link #all()}. */
    Eligibility eligibility();

    /** Each version's story: proposed, signed by each party, in force, suspended, and how often it allowed a step. */
    List<AgreementTimeline> timeline();

    /** The latest version of the agreement. */
    default Optional<Agreement> latest(AgreementId id) {
        List<Agreement> versions = versions(id);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    /** @throws UnknownAgreement if no entry proposed it */
    default Agreement require(AgreementRef ref) {
        return find(ref).orElseThrow(() -> versions(ref.id()).isEmpty()
                ? new UnknownAgreement(ref.id()) : new UnknownAgreement(ref));
    }

    /** @throws UnknownAgreement if no entry proposed it */
    default Agreement requireLatest(AgreementId id) {
        return latest(id).orElseThrow(() -> new UnknownAgreement(id));
    }
}
