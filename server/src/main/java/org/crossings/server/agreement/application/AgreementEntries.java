package org.crossings.server.agreement.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crossings.server.agreement.AgreementEvent;
import org.crossings.server.agreement.AgreementEventJson;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.agreement.Disclosure;
import org.crossings.server.agreement.Terms;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.PublicFacts;
import org.crossings.server.journal.Subject;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.PlaceFacts;

/** How an agreement event becomes a journal entry: who receives it, where it is, what its payload holds. */
final class AgreementEntries {

    static final String SUBJECT_KIND = "agreement";

    private AgreementEntries() {
    }

    static Subject subject(AgreementId id) {
        return new Subject(SUBJECT_KIND, id.value());
    }

    /**
     * The entry for {@code event} by {@code actor}: its payload goes to the agreement's parties, to everyone its
     * disclosure names and to its front office, so each can rebuild the agreement; the passage is its first one.
     */
    static Event entry(AgreementEvent event, Terms terms, PartyCode actor) {
        Set<PartyCode> recipients = new TreeSet<>(terms.partyCodes());
        terms.disclosure().stream().map(Disclosure::to).forEach(recipients::add);
        if (terms.frontOffice() != null) {
            recipients.add(terms.frontOffice().code());
        }
        return new Event(AgreementEventJson.type(event), subject(event.agreement().id()), actor.signatory(),
                PlaceFacts.with(PublicFacts.none(), terms.passages().getFirst().id()), PartyCode.signatories(recipients),
                AgreementEventJson.write(event));
    }

    /** Now, to the millisecond, as the log's envelopes keep time. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
