package org.crossings.server.travel.application;

import java.util.Optional;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.DataKind;
import org.crossings.server.journal.Journal;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Places;
import org.crossings.server.travel.Cases;
import org.crossings.server.travel.Decision;
import org.crossings.server.travel.RefusalReasons;
import org.crossings.server.travel.TravellerCase;
import org.crossings.server.travel.TravellerEvents;
import org.crossings.server.travel.TravellerJson;

/**
 * The sovereign decisions on a case: the exit state's officer at the post the traveller leaves lets them exit or
 * refuses; then the entry state's officer at the post they arrive at admits or refuses them. Each is signed by that
 * state's key (the journal signs with the acting party's), names the agreement that allowed the crossing, and is taken
 * once, in order; the operator never decides, nor a state for the other side ({@link TravellerCase#checkDecision}).
 */
public final class DecidingCrossing {

    private final Journal journal;
    private final Cases cases;
    private final CaseEntries entries;

    public DecidingCrossing(Journal journal, Cases cases, Places places, Agreements agreements) {
        this.journal = journal;
        this.cases = cases;
        this.entries = new CaseEntries(places, agreements);
    }

    /** @return the case after the decision */
    public TravellerCase decide(Decide command) {
        return journal.exclusively(TravellerEvents.subject(command.reference()), () -> {
            TravellerCase before = cases.require(command.reference());
            AgreementRef agreement = before.checkDecision(command.step(), command.actor());
            Decision taken = command.refusal()
                    .<Decision>map(code -> new Decision.Refused(RefusalReasons.require(command.step(), code)))
                    .orElseGet(() -> new Decision.Allowed(agreement));
            Passage passage = entries.passage(before.passage(), before.direction());
            journal.record(CaseEntries.event(TravellerEvents.of(command.step(), taken, before.isLastCheck()),
                    before.reference(),
                    command.actor().party(), passage, before.direction(), before.category(),
                    entries.recipients(Optional.of(agreement), DataKind.DECISIONS, passage, command.actor().party()),
                    Optional.of(agreement), TravellerJson.decision(command.step(), taken,
                            before.pending().orElseThrow().post().value(), command.actor().name()),
                    command.refusal()));
            return cases.require(command.reference());
        });
    }
}
