package org.crossings.server.travel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.PostCode;

/**
 * A traveller's case: one crossing of one crossing point in one direction.
 *
 * <p>Its life: pre-registered by the traveller (optional) → taken in by the front office, which checks eligibility
 * ({@link CaseStatus#NOT_ELIGIBLE} ends it, recorded) → the exit decision of the state it leaves, at the post it
 * leaves from → the entry decision of the state it enters, at the post it arrives at. A refusal ends it. Each
 * decision is taken once, in this order, only by an officer at that post, and names the agreement that allowed the
 * crossing.
 *
 * @param traveller      the document and purpose, when this node holds the payload that carries them; personal data,
 *                       shown only to {@code dataRecipients}
 * @param dataRecipients the parties that received the traveller's personal data (the envelope's recipients)
 * @param waitingSince   when the decision the case waits for became due
 */
public record TravellerCase(CaseReference reference, CaseStatus status, PassageId passage, Direction direction,
                            PartyCode exitState, PartyCode entryState, String category,
                            Optional<AgreementRef> allowedBy, Instant openedAt, Optional<Instant> waitingSince,
                            Set<PartyCode> dataRecipients, Optional<Traveller> traveller, List<CaseEntry> entries) {

    /** The traveller's personal data: their document, why they travel and when they planned to. */
    public record Traveller(TravelDocument document, Purpose purpose, Optional<LocalDate> travelDate) {
        public Traveller {
            Objects.requireNonNull(document, "traveller document");
            Objects.requireNonNull(purpose, "traveller purpose");
            travelDate = Objects.requireNonNullElse(travelDate, Optional.empty());
        }
    }

    public TravellerCase {
        Objects.requireNonNull(reference, "case reference");
        Objects.requireNonNull(status, "case status");
        Objects.requireNonNull(passage, "case passage");
        Objects.requireNonNull(direction, "case direction");
        Objects.requireNonNull(exitState, "case exit state");
        Objects.requireNonNull(entryState, "case entry state");
        Objects.requireNonNull(category, "case category");
        Objects.requireNonNull(openedAt, "case opened at");
        allowedBy = Objects.requireNonNullElse(allowedBy, Optional.empty());
        waitingSince = Objects.requireNonNullElse(waitingSince, Optional.empty());
        traveller = Objects.requireNonNullElse(traveller, Optional.empty());
        dataRecipients = Set.copyOf(dataRecipients);
        entries = List.copyOf(entries);
    }

    /** The post where {@code step} is decided: the exit post is where the direction leaves from. */
    public PostCode postOf(Step step) {
        return step == Step.EXIT ? direction.from() : direction.to();
    }

    public PartyCode stateOf(Step step) {
        return step == Step.EXIT ? exitState : entryState;
    }

    /** The post whose queue the case is in, if it waits for a decision. */
    public Optional<PostCode> waitingAt() {
        return status.awaiting().map(this::postOf);
    }

    /** Whether {@code party} received the traveller's personal data. */
    public boolean disclosesTravellerTo(PartyCode party) {
        return dataRecipients.contains(party);
    }

    /**
     * Checks that {@code actor} may take the decision of {@code step} now, and returns the agreement it will name.
     *
     * @throws CaseConflict if the case is closed, not taken in yet, or waits for another step (taken twice, or out
     *     of order)
     * @throws NotYourCase  if the actor is not a state officer at the post of that step
     */
    public AgreementRef checkDecision(Step step, Actor actor) {
        if (status.isFinal()) {
            throw new CaseConflict(reference, "it is closed (" + status.json() + "); no decision can be taken on it");
        }
        if (status == CaseStatus.PREREGISTERED) {
            throw new CaseConflict(reference, "it is pre-registered only; the front office must take the traveller"
                    + " in at " + postOf(Step.EXIT) + " first");
        }
        Step awaited = status.awaiting().orElseThrow();
        if (awaited != step) {
            throw new CaseConflict(reference, step == Step.EXIT
                    ? "the exit decision at " + postOf(Step.EXIT) + " was already taken; it waits for the entry"
                        + " decision at " + postOf(Step.ENTRY)
                    : "the exit decision at " + postOf(Step.EXIT) + " comes first; the entry decision cannot be"
                        + " taken before it");
        }
        PostCode post = postOf(step);
        if (!actor.isOfficerAt(post)) {
            throw new NotYourCase("case " + reference + ": the " + step.json() + " decision is taken by "
                    + stateOf(step) + "'s officers at " + post + "; " + actor.name() + " of " + actor.party()
                    + (actor.party().equals(stateOf(step)) ? " is not an officer there"
                        : " cannot decide for another state"));
        }
        return allowedBy.orElseThrow(() -> new IllegalStateException("case " + reference
                + " is taken in without the agreement that allowed it"));
    }
}
