package org.crossings.server.agreement.application;

import java.time.Clock;
import org.crossings.server.agreement.Agreement;
import org.crossings.server.agreement.AgreementEvent.AgreementProposed;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.Terms;
import org.crossings.server.agreement.TermsDocument;
import org.crossings.server.journal.Journal;
import org.crossings.server.party.Parties;
import org.crossings.server.place.Places;

/**
 * A party proposes new terms for an agreement: the next version, which every party signs anew. The version before
 * keeps counting until the new one is signed by all.
 */
public final class AmendingAgreement {

    private final Journal journal;
    private final Agreements agreements;
    private final Parties parties;
    private final Places places;
    private final Clock clock;

    public AmendingAgreement(Journal journal, Agreements agreements, Parties parties, Places places, Clock clock) {
        this.journal = journal;
        this.agreements = agreements;
        this.parties = parties;
        this.places = places;
        this.clock = clock;
    }

    /**
     * @throws org.crossings.server.agreement.TermsException naming every field that is wrong
     * @throws org.crossings.server.agreement.UnknownAgreement if the agreement was never proposed
     * @throws org.crossings.server.agreement.AgreementRefused if the party is not one of the new terms' parties
     */
    public AgreementRef amend(AmendAgreement command) {
        Terms terms = TermsDocument.parseProposal(command.terms(), parties, places);
        return journal.exclusively(AgreementEntries.subject(command.agreement()), () -> {
            Agreement latest = agreements.requireLatest(command.agreement());
            AgreementProposed amended = latest.amend(terms, command.party(), AgreementEntries.now(clock));
            journal.record(AgreementEntries.entry(amended, terms, command.party()));
            return amended.agreement();
        });
    }
}
