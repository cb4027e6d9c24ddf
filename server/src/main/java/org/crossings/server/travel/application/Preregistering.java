package org.crossings.server.travel.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.Crosser;
import org.crossings.server.agreement.CrossingRequest;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.Subject;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Places;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.Cases;
import org.crossings.server.travel.Preregistration;
import org.crossings.server.travel.TravelDocument;
import org.crossings.server.travel.TravellerCase;
import org.crossings.server.travel.TravellerEvents;
import org.crossings.server.travel.TravellerJson;

/**
 * A traveller submits their data before arriving and gets a reference; the front office finds it at the post.
 * Submitting the same pre-registration again answers with the case the first submission made. The front office of the
 * crossing records it under its own key: it received the data.
 */
public final class Preregistering {

    private final Journal journal;
    private final Cases cases;
    private final Agreements agreements;
    private final CaseEntries entries;
    private final Clock clock;

    public Preregistering(Journal journal, Cases cases, Places places, Agreements agreements, Clock clock) {
        this.journal = journal;
        this.cases = cases;
        this.agreements = agreements;
        this.entries = new CaseEntries(places, agreements);
        this.clock = clock;
    }

    public Preregistered preregister(Preregister command) {
        Preregistration submitted = command.preregistration();
        Passage passage = entries.passage(submitted.passage(), submitted.direction());
        if (submitted.travelDate().isBefore(clock.instant().atZone(passage.departure(submitted.direction()).zone())
                .toLocalDate())) {
            throw new IllegalArgumentException("travelDate \"" + submitted.travelDate() + "\" is in the past");
        }
        EligibilityOutcome preview = agreements.eligibility().check(new CrossingRequest(
                Intakes.crosser(submitted.document()), passage.id(), submitted.direction(), noonOf(submitted, passage)));
        Subject submission = new Subject("preregistration", submitted.key().hex());
        return journal.exclusively(submission, () -> cases.preregistered(submitted.key())
                .map(existing -> new Preregistered(cases.require(existing), false, preview))
                .orElseGet(() -> record(submitted, passage, preview)));
    }

    private Preregistered record(Preregistration submitted, Passage passage, EligibilityOutcome preview) {
        return CaseEntries.newCase(journal, cases, reference -> record(reference, submitted, passage, preview));
    }

    private Preregistered record(CaseReference reference, Preregistration submitted, Passage passage,
            EligibilityOutcome preview) {
        PartyCode frontOffice = agreements.eligibility().frontOffice(
                new org.crossings.server.agreement.Way(passage, submitted.direction()), clock.instant()).party();
        Optional<AgreementRef> agreement = Intakes.allowedBy(preview);
        TravelDocument document = submitted.document();
        var payload = TravellerJson.traveller(new TravellerCase.Traveller(document, submitted.purpose(),
                Optional.of(submitted.travelDate())), "the traveller");
        payload.put("submission", submitted.key().hex());
        journal.record(CaseEntries.event(TravellerEvents.PREREGISTERED, reference, frontOffice, passage,
                submitted.direction(), document.category().json(),
                entries.recipients(agreement, CaseEntries.TRAVELLER_DATA, frontOffice), Optional.empty(),
                payload, Optional.empty()));
        return new Preregistered(cases.require(reference), true, preview);
    }

    private static Instant noonOf(Preregistration submitted, Passage passage) {
        return submitted.travelDate().atTime(LocalTime.NOON).atZone(passage.departure(submitted.direction()).zone())
                .toInstant();
    }
}
