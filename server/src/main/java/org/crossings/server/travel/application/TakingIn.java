package org.crossings.server.travel.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.CrossingRequest;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.agreement.Fee;
import org.crossings.server.agreement.FrontOffice;
import org.crossings.server.agreement.Way;
import org.crossings.server.journal.Journal;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Places;
import org.crossings.server.travel.Actor;
import org.crossings.server.travel.CaseConflict;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.CaseStatus;
import org.crossings.server.travel.FeeCollected;
import org.crossings.server.travel.Cases;
import org.crossings.server.travel.NotYourCase;
import org.crossings.server.travel.TravelDocument;
import org.crossings.server.travel.TravellerCase;
import org.crossings.server.travel.TravellerEvents;
import org.crossings.server.travel.TravellerJson;

/**
 * The front office takes a traveller in: reads the document, checks eligibility against the agreements in force now,
 * collects the fee the agreement sets, and records the case as waiting for the exit decision. An ineligible traveller
 * is told every reason on the spot, and the refusal is recorded (its first reason's code in the public envelope).
 *
 * <p>The front office of a crossing is the operator an agreement in force on it names, and then that operator alone, or
 * else the officers of the state the traveller leaves, at its post ({@link FrontOffice}). Nothing here decides exit or entry: that is the states' ({@link DecidingCrossing}).
 */
public final class TakingIn {

    private final Journal journal;
    private final Cases cases;
    private final Agreements agreements;
    private final CaseEntries entries;
    private final Places places;
    private final Clock clock;

    public TakingIn(Journal journal, Cases cases, Places places, Agreements agreements, Clock clock) {
        this.journal = journal;
        this.cases = cases;
        this.agreements = agreements;
        this.entries = new CaseEntries(places, agreements);
        this.places = places;
        this.clock = clock;
    }

    public Intake takeIn(TakeIn command) {
        if (command.preregistration().isPresent()) {
            CaseReference reference = command.preregistration().get();
            return journal.exclusively(TravellerEvents.subject(reference),
                    () -> fromPreregistration(cases.require(reference), command));
        }
        TravelDocument document = required(command.document(), "mrz");
        Passage passage = entries.passage(required(command.passage(), "crossingPoint (or route)"),
                required(command.direction(), "direction"));
        TravellerCase.Traveller traveller = new TravellerCase.Traveller(document, required(command.purpose(),
                "purpose"), Optional.empty());
        requireFrontOffice(command.actor(), passage, command.direction().get());
        return CaseEntries.newCase(journal, cases, reference -> record(reference, traveller, passage,
                command.direction().get(), command));
    }

    /** The crossings and directions at which {@code actor} is the front office: where their desk takes travellers in. */
    public List<IntakeWay> waysFor(Actor actor) {
        List<IntakeWay> ways = new ArrayList<>();
        for (Passage passage : places.passages()) {
            for (Direction direction : passage.directions()) {
                if (isFrontOffice(actor, passage, direction)) {
                    ways.add(new IntakeWay(passage, direction));
                }
            }
        }
        return ways;
    }

    /**
     * Takes a pre-registered traveller in. Who asks is checked first, so that no one but the front office of the
     * crossing learns anything of the case (whether a document matches it, whether it was taken in).
     */
    private Intake fromPreregistration(TravellerCase preregistered, TakeIn command) {
        Passage passage = entries.passage(preregistered.passage(), preregistered.direction());
        requireFrontOffice(command.actor(), passage, preregistered.direction());
        if (preregistered.status() != CaseStatus.PREREGISTERED) {
            throw new CaseConflict(preregistered.reference(), "it was taken in already (" + preregistered.status()
                    .json() + ")");
        }
        command.passage().filter(asked -> !asked.equals(preregistered.passage())).ifPresent(asked -> {
            throw new IllegalArgumentException("crossingPoint \"" + asked + "\": the pre-registration is for "
                    + preregistered.passage() + "; leave it out or take the traveller in anew");
        });
        command.direction().filter(asked -> !asked.equals(preregistered.direction())).ifPresent(asked -> {
            throw new IllegalArgumentException("direction \"" + asked + "\": the pre-registration is for "
                    + preregistered.direction());
        });
        TravellerCase.Traveller traveller = preregistered.traveller().orElseGet(() -> new TravellerCase.Traveller(
                required(command.document(), "mrz"), required(command.purpose(), "purpose"), Optional.empty()));
        command.document().ifPresent(scanned -> requireSameDocument(scanned, traveller.document(),
                preregistered.reference()));
        return record(preregistered.reference(), traveller, passage, preregistered.direction(), command);
    }

    private Intake record(CaseReference reference, TravellerCase.Traveller traveller, Passage passage,
            Direction direction, TakeIn command) {
        Actor actor = command.actor();
        requireValid(traveller.document(), passage, direction);
        EligibilityOutcome outcome = agreements.eligibility().check(new CrossingRequest(
                Intakes.crosser(traveller.document()), passage.id(), direction, clock.instant()));
        Optional<AgreementRef> agreement = Intakes.allowedBy(outcome);
        Optional<Fee> fee = agreement.flatMap(this::travellerFee);
        requirePaid(fee, command, agreement);
        var payload = TravellerJson.traveller(traveller, actor.name());
        command.preregistration().ifPresent(ref -> payload.put("preregistration", ref.value()));
        command.feeCollected().ifPresent(paid -> payload.putObject("fee")
                .put("amount", paid.amount().toPlainString()).put("currency", paid.currency().getCurrencyCode()));
        journal.record(CaseEntries.event(agreement.isPresent() ? TravellerEvents.TAKEN_IN
                        : TravellerEvents.NOT_ELIGIBLE, reference, actor.party(), passage, direction,
                traveller.document().category().json(),
                entries.recipients(agreement, CaseEntries.TRAVELLER_DATA, actor.party()), agreement, payload,
                outcome instanceof EligibilityOutcome.NotAllowed refused ? Optional.of(Intakes.reasonCode(refused))
                        : Optional.empty()));
        return new Intake(cases.require(reference), outcome, fee);
    }

    private boolean isFrontOffice(Actor actor, Passage passage, Direction direction) {
        return actor.worksIn(frontOffice(passage, direction));
    }

    private FrontOffice frontOffice(Passage passage, Direction direction) {
        return agreements.eligibility().frontOffice(new Way(passage, direction), clock.instant());
    }

    private void requireFrontOffice(Actor actor, Passage passage, Direction direction) {
        FrontOffice office = frontOffice(passage, direction);
        if (!actor.worksIn(office)) {
            throw new NotYourCase("intake at " + passage.id() + " from " + passage.departure(direction).code()
                    + " is by " + office.describe() + "; " + actor.name() + " of " + actor.party()
                    + " is not one of them");
        }
    }

    /** The fee per traveller the agreement sets; at most one: a traveller pays once. */
    private Optional<Fee> travellerFee(AgreementRef ref) {
        return agreements.find(ref).flatMap(a -> a.terms().fees().stream()
                .filter(fee -> fee.per() == Fee.Payer.TRAVELLER).findFirst());
    }

    /** The fee collected must be the fee due: none when nothing is due, exactly it when one is. */
    private static void requirePaid(Optional<Fee> due, TakeIn command, Optional<AgreementRef> agreement) {
        Optional<FeeCollected> paid = command.feeCollected();
        if (due.isEmpty() || due.get().amount().signum() == 0) {
            paid.filter(collected -> collected.amount().signum() != 0).ifPresent(collected -> {
                throw new IllegalArgumentException("feeCollected \"" + collected + "\": no fee is due, "
                        + agreement.map(a -> "agreement " + a + " sets none per traveller")
                                .orElse("no agreement allows this crossing") + "; collect nothing");
            });
            return;
        }
        String amount = due.get().amount().toPlainString() + " " + due.get().currency();
        if (paid.isEmpty()) {
            throw new IllegalArgumentException("feeCollected: agreement " + agreement.get() + " sets a fee of "
                    + amount + " per traveller; collect it and send feeCollected");
        }
        if (!paid.get().pays(due.get())) {
            throw new IllegalArgumentException("feeCollected \"" + paid.get() + "\" is not the fee of " + amount
                    + " per traveller that agreement " + agreement.get() + " sets");
        }
    }

    /** An expired document is taken in by no front office, whatever an agreement allows. */
    private void requireValid(TravelDocument document, Passage passage, Direction direction) {
        LocalDate today = clock.instant().atZone(passage.departure(direction).zone()).toLocalDate();
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
