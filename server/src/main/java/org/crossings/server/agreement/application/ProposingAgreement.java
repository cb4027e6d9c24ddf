package org.crossings.server.agreement.application;

import java.time.Clock;
import org.crossings.server.agreement.Agreement;
import org.crossings.server.agreement.AgreementEvent.AgreementProposed;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.AgreementRefused;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.Terms;
import org.crossings.server.agreement.TermsDocument;
import org.crossings.server.journal.Journal;
import org.crossings.server.party.Parties;
import org.crossings.server.place.Places;

/** A party proposes a new agreement: version 1, signed by nobody yet. */
public final class ProposingAgreement {

    private final Journal journal;
    private final Agreements agreements;
    private final Parties parties;
    private final Places places;
    private final Clock clock;

    public ProposingAgreement(Journal journal, Agreements agreements, Parties parties, Places places, Clock clock) {
        this.journal = journal;
        this.agreements = agreements;
        this.parties = parties;
        this.places = places;
        this.clock = clock;
    }

    /**
     * @throws org.crossings.server.agreement.TermsException naming every field that is wrong
     * @throws AgreementRefused if the id is taken or the proposer is not one of the parties
     */
    public AgreementRef propose(ProposeAgreement command) {
        Terms terms = TermsDocument.parseProposal(command.terms(), parties, places);
        return journal.exclusively(AgreementEntries.subject(command.agreement()), () -> {
            agreements.latest(command.agreement()).ifPresent(existing -> {
                throw new AgreementRefused(existing.ref(), "is already proposed; amend it to change its terms");
            });
            AgreementProposed proposed = Agreement.propose(command.agreement(), terms, command.proposer(),
                    AgreementEntries.now(clock));
            journal.record(AgreementEntries.entry(proposed, terms, command.proposer()));
            return proposed.agreement();
        });
    }
}
