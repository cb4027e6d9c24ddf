package org.crossings.server.agreement.application;

import java.time.Clock;
import java.util.List;
import org.crossings.server.agreement.Agreement;
import org.crossings.server.agreement.AgreementEvent.AgreementSuspended;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.UnknownAgreement;
import org.crossings.server.journal.Journal;

/**
 * A party that the terms allow suspends an agreement, with its reason. It suspends the version that counts: the
 * latest signed by every party (an amendment still being signed has not replaced it yet).
 */
public final class SuspendingAgreement {

    private final Journal journal;
    private final Agreements agreements;
    private final Clock clock;

    public SuspendingAgreement(Journal journal, Agreements agreements, Clock clock) {
        this.journal = journal;
        this.agreements = agreements;
        this.clock = clock;
    }

    /**
     * @return the suspended version
     * @throws org.crossings.server.agreement.AgreementRefused if the party may not suspend it, it is not signed by
     *     every party, or it is already suspended
     * @throws UnknownAgreement if the agreement was never proposed
     */
    public Agreement suspend(SuspendAgreement command) {
        return journal.exclusively(AgreementEntries.subject(command.agreement()), () -> {
            Agreement target = counting(agreements.versions(command.agreement()));
            if (target == null) {
                throw new UnknownAgreement(command.agreement());
            }
            AgreementSuspended suspended = target.suspend(command.party(), command.reason(),
                    AgreementEntries.now(clock));
            journal.record(AgreementEntries.entry(suspended, target.terms(), command.party()));
            return agreements.require(target.ref());
        });
    }

    /** The latest version signed by every party, else the latest (whose suspension the model then refuses). */
    private static Agreement counting(List<Agreement> versions) {
        if (versions.isEmpty()) {
            return null;
        }
        return versions.reversed().stream().filter(v -> v.fullySignedAt().isPresent()).findFirst()
                .orElse(versions.getLast());
    }
}
