package org.crossings.server.travel.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.AgreementStatus;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.Recorded;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.Places;
import org.crossings.server.travel.CaseChange;
import org.crossings.server.travel.CaseConflict;
import org.crossings.server.travel.CaseEventJson;
import org.crossings.server.travel.CaseEventType;
import org.crossings.server.travel.Cases;
import org.crossings.server.travel.DecisionPayload;
import org.crossings.server.travel.Decision;
import org.crossings.server.travel.RefusalReasons;
import org.crossings.server.travel.TravellerCase;
import org.crossings.server.travel.TravellerEvents;
import org.crossings.server.travel.TravellerJson;
import org.crossings.server.travel.Way;

/**
 * The sovereign decisions on a case: the exit state's officer at the post the traveller leaves lets them exit or
 * refuses; then the entry state's officer at the post they arrive at admits or refuses them. Each is signed by that
 * state's key (the journal signs with the acting party's), names the agreement that allowed the crossing, and is taken
 * once, in order; the operator never decides, nor a state for the other side ({@link TravellerCase#checkDecision}).
 */
public final class DecidingCrossing {

    private final Journal journal;
    private final Cases cases;
    private final Agreements agreements;
    private final CaseEntries entries;
    private final Places places;
    private final Clock clock;

    public DecidingCrossing(Journal journal, Cases cases, Places places, Agreements agreements, Clock clock) {
        this.journal = journal;
        this.cases = cases;
        this.agreements = agreements;
        this.entries = new CaseEntries(places, agreements);
        this.places = places;
        this.clock = clock;
    }

    /**
     * The agreement a traveller is let through under, which must still be in force: a state does not sign an admission
     * under an agreement suspended (or expired) since the traveller was taken in. Refusing stays possible.
     */
    private AgreementRef inForce(TravellerCase travellerCase, AgreementRef agreement) {
        AgreementStatus status = agreements.require(agreement).status(clock.instant());
        if (status != AgreementStatus.IN_FORCE) {
            throw new CaseConflict(travellerCase.reference(), "agreement " + agreement + ", which allowed the"
                    + " crossing, is " + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " now; the traveller can only be refused");
        }
        return agreement;
    }

    /** The code of a refusal, public in the envelope so that anyone can count refusals by reason. */
    private static Optional<String> publicReason(Decision decision) {
        return decision instanceof Decision.Refused refused ? Optional.of(refused.reason().code()) : Optional.empty();
    }

    /** @return the case after the decision */
    public TravellerCase decide(Decide command) {
        return journal.exclusively(TravellerEvents.subject(command.reference()), () -> {
            TravellerCase before = cases.require(command.reference());
            AgreementRef agreement = before.checkDecision(command.step(), command.actor());
            Decision taken = command.refusal()
                    .<Decision>map(code -> new Decision.Refused(RefusalReasons.require(command.step(), code)))
                    .orElseGet(() -> new Decision.Allowed(inForce(before, agreement)));
            Way way = entries.way(before.passage(), before.direction());
            DecisionPayload payload = new DecisionPayload(command.step(), before.pending().orElseThrow().post(),
                    command.actor().name(), taken);
            Recorded recorded = journal.record(CaseEntries.event(CaseEventType.of(command.step(), taken, before.isLastCheck()),
                    before.reference(), command.actor().party(), way, before.category(),
                    List.of(new Event.Part(TravellerJson.DECISION, PartyCode.signatories(entries.recipients(
                            Optional.of(agreement), CaseEntries.DECISIONS, command.actor().party())),
                            TravellerJson.decision(payload))),
                    Optional.of(agreement), publicReason(taken)));
            return after(before, recorded);
        });
    }

    /**
     * The case after its decision, as the model computes it from the entry just recorded: the very case the cases
     * projection saved from the same entry, without reading it back.
     */
    private TravellerCase after(TravellerCase before, Recorded recorded) {
        return CaseEventJson.read(recorded, places::passage).map(event -> before.apply(event))
                .filter(CaseChange.Applied.class::isInstance).map(change -> ((CaseChange.Applied) change).after())
                .orElseGet(() -> cases.require(before.reference()));
    }
}
