package org.crossings.server.travel.http;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.agreement.Fee;
import org.crossings.server.agreement.Reason;
import org.crossings.server.http.Caller;
import org.crossings.server.people.Role;
import org.crossings.server.place.RouteId;
import org.crossings.server.travel.CaseEntry;
import org.crossings.server.travel.CaseStatus;
import org.crossings.server.travel.PreregistrationReason;
import org.crossings.server.travel.RefusalReason;
import org.crossings.server.travel.TravellerCase;
import org.crossings.server.travel.application.Preregistered;

/**
 * The JSON answers of the travel routes. A case's traveller (names, document, date of birth) is included only for a
 * party that received it: the recipients its envelope names. Everyone else sees what the public envelopes say.
 */
final class TravelViews {

    private TravelViews() {
    }

    record Direction(String from, String to) {
    }

    record Traveller(String surname, String givenNames, String documentCode, String documentNumber, String issuer,
                     String nationality, String dateOfBirth, String sex, String dateOfExpiry, String purpose,
                     String travelDate) {
    }

    record Entry(long index, String type, Instant at, String actor, String reason) {
    }

    /** One decision the crossing needs, and whether it was taken. */
    record CheckView(String post, String state, String step, boolean passed) {
    }

    record Case(String reference, String status, String crossingPoint, String route, Direction direction,
                List<CheckView> checks, String category, String allowedBy, Instant openedAt, String waitingAt,
                Instant waitingSince, Traveller traveller, List<Entry> entries, String receipt) {
    }

    record Queued(String reference, String status, String step, Instant waitingSince, long waitedSeconds,
                  String category, String crossingPoint, String route, Direction direction, String allowedBy,
                  Traveller traveller) {
    }

    record Refusal(String agreement, Integer version, String code, String detail) {
    }

    record Eligibility(boolean allowed, String agreement, Integer version, List<Refusal> reasons) {
    }

    record FeeView(String amount, String currency, String per) {
    }

    /** @param travellerSecret the traveller's secret when this intake gave them one (shown once), else null */
    record Intake(String reference, String status, Eligibility eligibility, FeeView fee, String travellerSecret,
                  Case travellerCase) {
    }

    /**
     * A pre-registration kept: its reference and the traveller's secret (shown this once), when it is forgotten if no
     * one takes the traveller in, the eligibility preview, and the traveller's page for it ({@code receipt}).
     */
    record Preregistration(String reference, String secret, String status, Instant expiresAt,
                           Eligibility eligibility, String receipt) {
    }

    record ReasonView(String code, String step, String text) {
    }

    static Case of(TravellerCase c, Caller reader) {
        boolean route = c.passage() instanceof RouteId;
        List<CheckView> checks = new java.util.ArrayList<>();
        for (int i = 0; i < c.checks().size(); i++) {
            var check = c.checks().get(i);
            checks.add(new CheckView(check.post().value(), check.state().value(), check.step().json(),
                    i < c.decided()));
        }
        return new Case(c.reference().value(), c.status().json(), route ? null : c.passage().value(),
                route ? c.passage().value() : null,
                new Direction(c.direction().from().value(), c.direction().to().value()), checks,
                c.category(), c.allowedBy().map(Object::toString).orElse(null), c.openedAt(),
                c.waitingAt().map(Object::toString).orElse(null), c.waitingSince().orElse(null),
                traveller(c, reader), c.entries().stream().map(TravelViews::entry).toList(),
                "/api/cases/" + c.reference() + "/receipt");
    }

    static Queued queued(TravellerCase c, Caller reader, Instant now) {
        Instant since = c.waitingSince().orElse(c.openedAt());
        return new Queued(c.reference().value(), c.status().json(),
                c.status().awaiting().map(step -> step.json()).orElse(null), since,
                Math.max(0, Duration.between(since, now).toSeconds()), c.category(),
                c.passage() instanceof RouteId ? null : c.passage().value(),
                c.passage() instanceof RouteId ? c.passage().value() : null, new Direction(c.direction().from().value(), c.direction().to().value()),
                c.allowedBy().map(Object::toString).orElse(null), traveller(c, reader));
    }

    /**
     * Only for someone who handles travellers (a state officer, the operator's front office) of a party the
     * traveller's data was disclosed to, and only if this node holds it: the whole traveller to a party that received
     * the identity; to one that received only the travel document's facts (the operator on a route whose agreement
     * names it for travel documents), those facts and the purpose, without whose document it is. A carrier or a
     * signatory of that party sees the case as the envelopes tell it.
     */
    static Traveller traveller(TravellerCase c, Caller reader) {
        if (!handlesTravellers(reader)) {
            return null;
        }
        boolean identity = c.disclosesTravellerTo(reader.party());
        if (!identity && !c.disclosesDocumentTo(reader.party())) {
            return null;
        }
        return c.traveller().map(t -> {
            var d = t.document();
            return identity
                    ? new Traveller(d.surname(), d.givenNames(), d.code().value(), d.documentNumber(),
                            d.issuer().code(), d.nationality().code(), d.dateOfBirth().yymmdd(),
                            d.sex().name().toLowerCase(java.util.Locale.ROOT), d.dateOfExpiry().yymmdd(),
                            t.purpose().json(), t.travelDate().map(Object::toString).orElse(null))
                    : new Traveller(null, null, d.code().value(), d.documentNumber(), d.issuer().code(), null, null,
                            null, d.dateOfExpiry().yymmdd(), t.purpose().json(),
                            t.travelDate().map(Object::toString).orElse(null));
        }).orElse(null);
    }

    static boolean handlesTravellers(Caller caller) {
        return caller.holds(Role.STATE_OFFICER) || caller.holds(Role.OPERATOR_FRONT_OFFICE);
    }

    static Eligibility eligibility(EligibilityOutcome outcome) {
        return switch (outcome) {
            case EligibilityOutcome.Allowed allowed -> new Eligibility(true, allowed.agreement().id().value(),
                    allowed.agreement().version(), List.of());
            case EligibilityOutcome.NotAllowed refused -> new Eligibility(false, null, null,
                    refused.reasons().stream().map(TravelViews::refusal).toList());
        };
    }

    static Preregistration preregistration(Preregistered.Kept kept) {
        String reference = kept.preregistration().reference().value();
        return new Preregistration(reference, kept.secret().value(), CaseStatus.PREREGISTERED.json(),
                kept.preregistration().expiresAt(), eligibility(kept.preview()),
                "/cases/" + reference + "/receipt?secret=" + kept.secret().value());
    }

    /** A reason a pre-registration is not eligible, in the shape of an agreement's reasons (it names none). */
    static Eligibility notEligible(List<PreregistrationReason> reasons) {
        return new Eligibility(false, null, null, reasons.stream()
                .map(reason -> new Refusal(null, null, reason.code().name(), reason.detail())).toList());
    }

    static FeeView fee(Fee fee) {
        return new FeeView(fee.amount().text(), fee.amount().currency().getCurrencyCode(), fee.per().json());
    }

    static ReasonView reason(RefusalReason reason) {
        return new ReasonView(reason.code(), reason.step().json(), reason.text());
    }

    private static Refusal refusal(Reason reason) {
        return new Refusal(reason.agreement() == null ? null : reason.agreement().id().value(),
                reason.agreement() == null ? null : reason.agreement().version(), reason.code().name(),
                reason.detail());
    }

    private static Entry entry(CaseEntry e) {
        return new Entry(e.index(), e.type().type().value(), e.time(), e.actor().value(), e.reason().orElse(null));
    }
}
