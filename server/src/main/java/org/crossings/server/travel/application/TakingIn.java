package org.crossings.server.travel.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.CrossingRequest;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.agreement.Fee;
import org.crossings.server.agreement.FrontOffice;
import org.crossings.server.journal.Journal;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Passage;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.Places;
import org.crossings.server.travel.Actor;
import org.crossings.server.travel.CaseConflict;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.CaseStatus;
import org.crossings.server.travel.CaseEventType;
import org.crossings.server.travel.Cases;
import org.crossings.server.travel.IntakePayload;
import org.crossings.server.travel.NotYourCase;
import org.crossings.server.travel.PendingPreregistration;
import org.crossings.server.travel.Preregistration;
import org.crossings.server.travel.Preregistrations;
import org.crossings.server.travel.TravelDocument;
import org.crossings.server.travel.TravellerCase;
import org.crossings.server.travel.TravellerEvents;
import org.crossings.server.travel.Way;
import org.crossings.server.travel.TravellerSecret;
import org.crossings.server.travel.UnknownCase;
import org.crossings.tlog.merkle.Hash;

/**
 * The front office takes a traveller in: reads the document, checks eligibility against the agreements in force now,
 * collects the fee the agreement sets, and records the case as waiting for the exit decision. An ineligible traveller
 * is told every reason on the spot, and the refusal is recorded (its first reason's code in the public envelope).
 * This entry is the case's first in the log; a pre-registration ({@link Preregistering}) was kept apart until now.
 *
 * <p>The front office of a crossing is the operator an agreement in force on it names, and then that operator alone, or
 * else the officers of the state the traveller leaves, at its post ({@link FrontOffice}). Nothing here decides exit or
 * entry: that is the states' ({@link DecidingCrossing}). A file over 200 lines: intake from a document, from a kept
 * pre-registration and from an old log's pre-registered case share their checks here.
 */
public final class TakingIn {

    /** The traveller at the front office: the case they will have, what they travel with, and their secret. */
    private record Arrival(CaseReference reference, TravellerCase.Traveller traveller, Way way, Hash secretHash,
                           Optional<TravellerSecret> secretGiven) {
        Arrival {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(traveller, "traveller");
            Objects.requireNonNull(way, "way");
            Objects.requireNonNull(secretHash, "secretHash");
        }

        /** A traveller with no secret yet gets a fresh one now. */
        static Arrival withNewSecret(CaseReference reference, TravellerCase.Traveller traveller, Way way) {
            TravellerSecret secret = TravellerSecret.random();
            return new Arrival(reference, traveller, way, secret.hash(), Optional.of(secret));
        }
    }

    private final Journal journal;
    private final Cases cases;
    private final Preregistrations preregistrations;
    private final Agreements agreements;
    private final CaseEntries entries;
    private final FeeDue fees;
    private final Places places;
    private final Clock clock;

    public TakingIn(Journal journal, Cases cases, Preregistrations preregistrations, Places places,
            Agreements agreements, Clock clock) {
        this.journal = journal;
        this.cases = cases;
        this.preregistrations = preregistrations;
        this.agreements = agreements;
        this.entries = new CaseEntries(places, agreements);
        this.fees = new FeeDue(agreements);
        this.places = places;
        this.clock = clock;
    }

    public Intake takeIn(TakeIn command) {
        if (command.preregistration().isPresent()) {
            CaseReference reference = command.preregistration().get();
            return journal.exclusively(TravellerEvents.subject(reference), () -> fromPreregistration(reference,
                    command));
        }
        TravelDocument document = required(command.document(), "mrz");
        Direction direction = required(command.direction(), "direction");
        Way way = entries.way(required(command.passage(), "crossingPoint (or route)"), direction);
        TravellerCase.Traveller traveller = new TravellerCase.Traveller(document, required(command.purpose(),
                "purpose"), Optional.empty());
        requireFrontOffice(command.actor(), way);
        return CaseEntries.newCase(journal, this::taken, reference -> record(Arrival.withNewSecret(reference,
                traveller, way), command));
    }

    /** The crossings and directions at which {@code actor} is the front office: where their desk takes travellers in. */
    public List<Way> waysFor(Actor actor) {
        List<Way> ways = new ArrayList<>();
        for (Passage passage : places.passages()) {
            for (Direction direction : passage.directions()) {
                Way way = new Way(passage, direction);
                if (actor.worksIn(frontOffice(way))) {
                    ways.add(way);
                }
            }
        }
        return ways;
    }

    /**
     * Takes a pre-registered traveller in, from the pre-registration this node keeps, which is then forgotten. Who
     * asks is checked first, so that no one but the front office of the crossing learns anything of it (whether a
     * document matches it, whether it was taken in).
     */
    private Intake fromPreregistration(CaseReference reference, TakeIn command) {
        Optional<TravellerCase> logged = cases.find(reference);
        if (logged.isPresent()) {
            return fromLoggedCase(logged.get(), command);
        }
        PendingPreregistration pending = preregistrations.find(reference, clock.instant())
                .orElseThrow(() -> new UnknownCase(reference));
        Preregistration trip = pending.trip();
        Way way = entries.way(trip.passage(), trip.direction());
        requireFrontOffice(command.actor(), way);
        requireTheTrip(command, trip.passage(), trip.direction());
        command.document().ifPresent(scanned -> requireSameDocument(scanned, trip.document(), reference));
        Intake intake = record(new Arrival(reference, new TravellerCase.Traveller(trip.document(), trip.purpose(),
                Optional.of(trip.travelDate())), way, pending.secretHash(), Optional.empty()),
                command);
        preregistrations.remove(reference);
        return intake;
    }

    /**
     * A case the log holds already under that reference: taken in before (a conflict), or opened by a
     * {@code traveller.preregistered} entry of an old log, which is taken in as it always was; that traveller never
     * got a secret, so they get one now.
     */
    private Intake fromLoggedCase(TravellerCase logged, TakeIn command) {
        Way way = entries.way(logged.passage(), logged.direction());
        requireFrontOffice(command.actor(), way);
        if (logged.status() != CaseStatus.PREREGISTERED) {
            throw new CaseConflict(logged.reference(), "it was taken in already (" + logged.status().json() + ")");
        }
        requireTheTrip(command, logged.passage(), logged.direction());
        TravellerCase.Traveller traveller = logged.traveller().orElseGet(() -> new TravellerCase.Traveller(
                required(command.document(), "mrz"), required(command.purpose(), "purpose"), Optional.empty()));
        command.document().ifPresent(scanned -> requireSameDocument(scanned, traveller.document(),
                logged.reference()));
        return record(Arrival.withNewSecret(logged.reference(), traveller, way), command);
    }

    private Intake record(Arrival arrival, TakeIn command) {
        TravelDocument document = arrival.traveller().document();
        Way way = arrival.way();
        requireValid(document, way);
        EligibilityOutcome outcome = agreements.eligibility().check(new CrossingRequest(Intakes.crosser(document),
                way.passageId(), way.direction(), clock.instant()));
        Optional<AgreementRef> agreement = Intakes.allowedBy(outcome);
        Optional<Fee> fee = fees.of(agreement);
        FeeDue.requirePaid(fee, command.feeCollected(), agreement);
        Actor actor = command.actor();
        IntakePayload payload = new IntakePayload(arrival.traveller(), actor.name(), arrival.secretHash(),
                command.preregistration(), command.feeCollected());
        journal.record(CaseEntries.event(agreement.isPresent() ? CaseEventType.TAKEN_IN : CaseEventType.NOT_ELIGIBLE,
                arrival.reference(), actor.party(), way, document.category().json(),
                entries.intakeParts(agreement, actor.party(), payload), agreement,
                outcome instanceof EligibilityOutcome.NotAllowed refused ? Optional.of(Intakes.reasonCode(refused))
                        : Optional.empty()));
        return new Intake(cases.require(arrival.reference()), outcome, fee, arrival.secretGiven());
    }

    /** Whether a case or a kept pre-registration holds the reference: the two share one space of references. */
    private boolean taken(CaseReference reference) {
        return cases.exists(reference) || preregistrations.exists(reference);
    }

    private FrontOffice frontOffice(Way way) {
        return agreements.eligibility().frontOffice(way.opened(), clock.instant());
    }

    private void requireFrontOffice(Actor actor, Way way) {
        FrontOffice office = frontOffice(way);
        if (!actor.worksIn(office)) {
            throw new NotYourCase("intake at " + way.passageId() + " from " + way.departure().code()
                    + " is by " + office.describe() + "; " + actor.name() + " of " + actor.party()
                    + " is not one of them");
        }
    }

    /** A crossing or direction given with a pre-registration must be the pre-registered one. */
    private static void requireTheTrip(TakeIn command, PassageId passage, Direction direction) {
        command.passage().filter(asked -> !asked.equals(passage)).ifPresent(asked -> {
            throw new IllegalArgumentException("crossingPoint \"" + asked + "\": the pre-registration is for "
                    + passage + "; leave it out or take the traveller in anew");
        });
        command.direction().filter(asked -> !asked.equals(direction)).ifPresent(asked -> {
            throw new IllegalArgumentException("direction \"" + asked + "\": the pre-registration is for "
                    + direction);
        });
    }

    /** An expired document is taken in by no front office, whatever an agreement allows. */
    private void requireValid(TravelDocument document, Way way) {
        LocalDate today = clock.instant().atZone(way.departure().zone()).toLocalDate();
        LocalDate expiry = document.dateOfExpiry().asExpiryDate();
        if (expiry.isBefore(today)) {
            throw new IllegalArgumentException("mrz: dateOfExpiry \"" + document.dateOfExpiry().yymmdd()
                    + "\": the document expired on " + expiry + "; an expired document cannot be taken in");
        }
    }

    private static void requireSameDocument(TravelDocument scanned, TravelDocument preregistered,
            CaseReference reference) {
        if (!scanned.mrz().equals(preregistered.mrz())) {
            throw new IllegalArgumentException("mrz: the document presented is not the one pre-registered under "
                    + reference);
        }
    }

    private static <T> T required(Optional<T> value, String field) {
        return value.orElseThrow(() -> new IllegalArgumentException(field + " is required"));
    }
}
