package org.crossings.server.travel.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.CrossingRequest;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.journal.Journal;
import org.crossings.server.place.Places;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.Cases;
import org.crossings.server.travel.PendingPreregistration;
import org.crossings.server.travel.Preregistration;
import org.crossings.server.travel.PreregistrationReason;
import org.crossings.server.travel.PreregistrationRules;
import org.crossings.server.travel.Preregistrations;
import org.crossings.server.travel.Way;
import org.crossings.server.travel.TravellerSecret;

/**
 * A traveller submits their document and trip before arriving, without signing in, and gets a reference and a secret.
 * Anyone can do this, so it writes nothing to the log: the pre-registration is kept apart ({@link Preregistrations})
 * until the front office takes the traveller in ({@link TakingIn}), when the intake entry opens the case under the
 * same reference, or until it expires. Every submission is kept as its own, with its own reference and secret, even
 * the same one twice: the answer never tells a sender whether that trip was submitted before.
 */
public final class Preregistering {

    private final Preregistrations preregistrations;
    private final Journal journal;
    private final Cases cases;
    private final Agreements agreements;
    private final CaseEntries entries;
    private final PreregistrationRules rules;
    private final Clock clock;

    public Preregistering(Preregistrations preregistrations, Journal journal, Cases cases, Places places,
            Agreements agreements, PreregistrationRules rules, Clock clock) {
        this.preregistrations = preregistrations;
        this.journal = journal;
        this.cases = cases;
        this.agreements = agreements;
        this.entries = new CaseEntries(places, agreements);
        this.rules = rules;
        this.clock = clock;
    }

    public Preregistered preregister(Preregister command) {
        Preregistration trip = command.preregistration();
        Way way = entries.way(trip.passage(), trip.direction());
        ZoneId zone = way.departure().zone();
        Instant now = clock.instant();
        List<PreregistrationReason> unfit = rules.check(trip, now.atZone(zone).toLocalDate());
        if (!unfit.isEmpty()) {
            return new Preregistered.NotEligible(unfit);
        }
        EligibilityOutcome preview = agreements.eligibility().check(new CrossingRequest(
                Intakes.crosser(trip.document()), way.passageId(), trip.direction(),
                trip.travelDate().atTime(LocalTime.NOON).atZone(zone).toInstant()));
        TravellerSecret secret = TravellerSecret.random();
        PendingPreregistration kept = CaseEntries.newCase(journal, this::taken, reference -> {
            PendingPreregistration preregistration = new PendingPreregistration(reference, trip, secret.hash(), now,
                    rules.expiresAt(trip.travelDate(), zone));
            preregistrations.keep(preregistration);
            return preregistration;
        });
        return new Preregistered.Kept(kept, secret, preview);
    }

    /** Whether a case or a pre-registration holds the reference: the two share one space of references. */
    private boolean taken(CaseReference reference) {
        return cases.exists(reference) || preregistrations.exists(reference);
    }
}
