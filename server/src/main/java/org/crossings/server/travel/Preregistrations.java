package org.crossings.server.travel;

import java.time.Instant;
import java.util.Optional;

/**
 * The pre-registrations this node keeps, apart from the log ({@link PendingPreregistration}).
 *
 * <p>Contract: an implementation MUST NOT write to the log; MUST keep a pre-registration's secret as its hash only;
 * MUST NOT answer an expired pre-registration from {@link #find}, purged yet or not; and MUST refuse to keep a second
 * one under a reference it holds.
 */
public interface Preregistrations {

    /** @throws IllegalStateException if a pre-registration has this reference already */
    void keep(PendingPreregistration preregistration);

    /** The pre-registration with this reference, unless it has expired by {@code at}. */
    Optional<PendingPreregistration> find(CaseReference reference, Instant at);

    /** Whether any pre-registration, expired or not, holds this reference: a new random one MUST be checked. */
    boolean exists(CaseReference reference);

    /** Forgets the pre-registration: the front office took the traveller in. */
    void remove(CaseReference reference);

    /** Forgets every pre-registration expired by {@code at}; @return how many */
    int purge(Instant at);
}
