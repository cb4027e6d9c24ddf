package org.crossings.server.travel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * A traveller's case: one crossing of one passage (a crossing point, or a transit route) in one direction.
 *
 * <p>Its life: taken in by the front office (from the traveller's pre-registration, kept apart from the log until
 * then, or from their document; a case of an old log may begin pre-registered), which checks eligibility
 * ({@link CaseStatus#NOT_ELIGIBLE} ends it, recorded) → its {@link Check}s in order: the exit decision of the state
 * it leaves, at the post it leaves from, then the entry decision of the state it enters, at the post it arrives at (on
 * a route, again at each border). A refusal ends it; the last admission ends it. Each decision is taken once, in this
 * order, only by an officer at that check's post, and names the agreement that allowed the crossing.
 *
 * <p>The log tells this life as {@link CaseEvent}s: {@link #first} opens a case from its first entry and
 * {@link #apply} moves it on, purely, so that every node that replays the same entries holds the same case. An event
 * the case's state does not allow is a {@link CaseChange.NotApplied}, never an exception. A file over 200 lines: the
 * life cycle and the rules of who may decide are one story.
 *
 * @param checks         the decisions the crossing needs, in order ({@link Check#along})
 * @param decided        how many of them were taken (allowed); the next one is {@code checks.get(decided)}
 * @param traveller      the document and purpose, when this node holds the payload that carries them; personal data,
 *                       shown only to {@code dataRecipients}
 * @param dataRecipients the parties that received the traveller's identity (the envelope's identity part; the whole
 *                       payload of a version 1 envelope)
 * @param documentRecipients the parties that received the travel document's facts, without whose it is
 * @param waitingSince   when the decision the case waits for became due
 */
public record TravellerCase(CaseReference reference, CaseStatus status, PassageId passage, Direction direction,
                            List<Check> checks, int decided, String category,
                            Optional<AgreementRef> allowedBy, Instant openedAt, Optional<Instant> waitingSince,
                            Set<PartyCode> dataRecipients, Set<PartyCode> documentRecipients,
                            Optional<Traveller> traveller, List<CaseEntry> entries) {

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
        checks = List.copyOf(checks);
        if (checks.size() < 2 || decided < 0 || decided > checks.size()) {
            throw new IllegalArgumentException("case " + reference + ": " + decided + " of " + checks.size()
                    + " checks decided");
        }
        Objects.requireNonNull(category, "case category");
        Objects.requireNonNull(openedAt, "case opened at");
        allowedBy = Objects.requireNonNullElse(allowedBy, Optional.empty());
        waitingSince = Objects.requireNonNullElse(waitingSince, Optional.empty());
        traveller = Objects.requireNonNullElse(traveller, Optional.empty());
        dataRecipients = Set.copyOf(dataRecipients);
        documentRecipients = Set.copyOf(documentRecipients);
        entries = List.copyOf(entries);
    }

    /** The check the case waits for, if it waits for one. */
    public Optional<Check> pending() {
        return status.awaiting().isPresent() && decided < checks.size() ? Optional.of(checks.get(decided))
                : Optional.empty();
    }

    /** The post whose queue the case is in, if it waits for a decision. */
    public Optional<PostCode> waitingAt() {
        return pending().map(Check::post);
    }

    /** Whether the check the case waits for is its last: admitting there ends the crossing. */
    public boolean isLastCheck() {
        return decided == checks.size() - 1;
    }

    /** Whether {@code party} received the traveller's identity: names, nationality, birth date. */
    public boolean disclosesTravellerTo(PartyCode party) {
        return dataRecipients.contains(party);
    }

    /** Whether {@code party} received the travel document's facts (its code, issuer, number and expiry). */
    public boolean disclosesDocumentTo(PartyCode party) {
        return documentRecipients.contains(party);
    }

    /** The case an entry opens: pre-registered (an old log), waiting for its first check, or not eligible. */
    public static TravellerCase first(CaseEvent.Opening event) {
        CaseOpening opening = event.opening();
        CaseStatus status = openedAs(event);
        CaseEntry entry = event.entry();
        return new TravellerCase(event.reference(), status, opening.way().passageId(), opening.way().direction(),
                opening.way().checks(), 0, opening.category(), opening.allowedBy(), entry.time(),
                waitingFrom(status, entry), opening.dataRecipients(), opening.documentRecipients(),
                opening.traveller(), List.of(entry));
    }

    /** What a case's event does to the case, if it has any: {@link #first}, or {@link #apply}. */
    public static CaseChange replay(Optional<TravellerCase> before, CaseEvent event) {
        if (before.isPresent()) {
            return before.get().apply(event);
        }
        return event instanceof CaseEvent.Opening opening ? new CaseChange.Applied(first(opening))
                : new CaseChange.NotApplied(event.reference(), event.type() + " by " + event.entry().actor()
                        + " on a case this log never opened");
    }

    /**
     * What {@code event}, the case's next in log order, does to it. An intake continues a pre-registered case only;
     * a decision moves the case on only if it is the one the case waits for, by the state of that check: letting the
     * traveller through moves it to its next check (or, at the last, admits them); a refusal closes it.
     */
    public CaseChange apply(CaseEvent event) {
        return switch (event) {
            case CaseEvent.Opening opening -> status == CaseStatus.PREREGISTERED
                    ? new CaseChange.Applied(takenIn(opening))
                    : new CaseChange.Noted(this, event.type() + ": the case was opened already (" + status.json()
                            + ")");
            case CaseEvent.Decided decided -> decide(decided);
        };
    }

    private TravellerCase takenIn(CaseEvent.Opening event) {
        CaseOpening opening = event.opening();
        CaseStatus after = openedAs(event);
        return new TravellerCase(reference, after, passage, direction, checks, decided, category,
                opening.allowedBy(), openedAt, waitingFrom(after, event.entry()), opening.dataRecipients(),
                opening.documentRecipients(), opening.traveller().or(() -> traveller), entries(event));
    }

    private CaseChange decide(CaseEvent.Decided event) {
        Optional<Check> next = pending();
        CaseEntry entry = event.entry();
        Step step = event.type().step().orElseThrow();
        if (next.isEmpty() || next.get().step() != step || !next.get().state().equals(entry.actor())) {
            return new CaseChange.NotApplied(reference, event.type() + " by " + entry.actor() + " is not the"
                    + " decision the case waits for (" + status.json() + pending().map(c -> ", " + c).orElse("")
                    + ")");
        }
        if (event.type().refuses()) {
            return moved(step == Step.EXIT ? CaseStatus.EXIT_REFUSED : CaseStatus.ENTRY_REFUSED, decided,
                    Optional.empty(), event);
        }
        if (isLastCheck()) {
            return moved(CaseStatus.ADMITTED, decided + 1, Optional.empty(), event);
        }
        Check then = checks.get(decided + 1);
        return moved(then.step() == Step.EXIT ? CaseStatus.AWAITING_EXIT : CaseStatus.AWAITING_ENTRY, decided + 1,
                Optional.of(entry.time()), event);
    }

    private CaseChange moved(CaseStatus after, int passed, Optional<Instant> since, CaseEvent event) {
        return new CaseChange.Applied(new TravellerCase(reference, after, passage, direction, checks, passed,
                category, allowedBy, openedAt, since, dataRecipients, documentRecipients, traveller, entries(event)));
    }

    private List<CaseEntry> entries(CaseEvent event) {
        List<CaseEntry> all = new ArrayList<>(entries);
        all.add(event.entry());
        return all;
    }

    private static CaseStatus openedAs(CaseEvent.Opening event) {
        return switch (event) {
            case CaseEvent.Preregistered ignored -> CaseStatus.PREREGISTERED;
            case CaseEvent.TakenIn ignored -> CaseStatus.AWAITING_EXIT;
            case CaseEvent.NotEligible ignored -> CaseStatus.NOT_ELIGIBLE;
        };
    }

    private static Optional<Instant> waitingFrom(CaseStatus status, CaseEntry entry) {
        return status == CaseStatus.AWAITING_EXIT ? Optional.of(entry.time()) : Optional.empty();
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
                    + " in at " + checks.getFirst().post() + " first");
        }
        Check next = pending().orElseThrow();
        if (next.step() != step) {
            throw new CaseConflict(reference, step == Step.EXIT
                    ? "the exit decision was already taken; it waits for the entry decision at " + next.post()
                    : "the exit decision at " + next.post() + " comes first; the entry decision cannot be taken"
                        + " before it");
        }
        if (!actor.isOfficerAt(next.post())) {
            throw new NotYourCase("case " + reference + ": the " + step.json() + " decision is taken by "
                    + next.state() + "'s officers at " + next.post() + "; " + actor.name() + " of " + actor.party()
                    + (actor.party().equals(next.state()) ? " is not an officer there"
                        : " cannot decide for another state"));
        }
        return allowedBy.orElseThrow(() -> new IllegalStateException("case " + reference
                + " is taken in without the agreement that allowed it"));
    }
}
