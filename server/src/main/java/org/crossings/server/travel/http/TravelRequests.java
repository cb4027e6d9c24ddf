package org.crossings.server.travel.http;

import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;
import org.crossings.server.http.Caller;
import org.crossings.server.people.Role;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.RouteId;
import org.crossings.server.travel.Actor;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.FeeCollected;
import org.crossings.server.travel.Mrz;
import org.crossings.server.travel.Preregistration;
import org.crossings.server.travel.Purpose;
import org.crossings.server.travel.Step;
import org.crossings.server.travel.TravelDocument;
import org.crossings.server.travel.TravellerSecret;
import org.crossings.server.travel.application.Decide;
import org.crossings.server.travel.application.TakeIn;
import org.crossings.server.value.DateRange;
import org.crossings.server.value.Excerpt;
import org.crossings.server.value.Money;
import org.crossings.server.value.Text;

/**
 * The JSON bodies of the travel routes, and how each becomes a command, naming any bad member. Every string is held
 * to {@link org.crossings.server.value.TextRule#LINE} as it is read, the machine-readable zone may have line breaks.
 */
final class TravelRequests {

    private TravelRequests() {
    }

    record DirectionBody(String from, String to) {
    }

    record FeeBody(String amount, String currency) {
    }

    record PreregistrationBody(@Text(lines = true) String mrz, String purpose, String crossingPoint, String route,
                               DirectionBody direction, String travelDate) {
    }

    record IntakeBody(String preregistration, @Text(lines = true) String mrz, String purpose, String crossingPoint,
                      String route, DirectionBody direction, FeeBody feeCollected) {
    }

    record DecisionBody(String step, String outcome, String reason) {
    }

    static Preregistration preregistration(PreregistrationBody body) {
        return new Preregistration(document(required(body.mrz(), "mrz")),
                field("purpose", () -> Purpose.fromJson(required(body.purpose(), "purpose"))),
                passage(body.crossingPoint(), body.route()).orElseThrow(() -> new IllegalArgumentException(
                        "crossingPoint or route is missing")),
                direction(required(body.direction(), "direction")),
                DateRange.CROSSINGS.day("travelDate", required(body.travelDate(), "travelDate")));
    }

    static TakeIn intake(IntakeBody body, Caller caller) {
        return new TakeIn(actor(caller),
                Optional.ofNullable(body.preregistration()).map(ref -> field("preregistration",
                        () -> CaseReference.of(ref))),
                Optional.ofNullable(body.mrz()).map(TravelRequests::document),
                Optional.ofNullable(body.purpose()).map(p -> field("purpose", () -> Purpose.fromJson(p))),
                passage(body.crossingPoint(), body.route()),
                Optional.ofNullable(body.direction()).map(TravelRequests::direction),
                Optional.ofNullable(body.feeCollected()).map(TravelRequests::fee));
    }

    static Decide decision(CaseReference reference, DecisionBody body, Caller caller) {
        Step step = field("step", () -> Step.fromJson(required(body.step(), "step")));
        String outcome = required(body.outcome(), "outcome");
        String allowedWord = step == Step.EXIT ? "allowed" : "admitted";
        if (outcome.equals(allowedWord)) {
            if (body.reason() != null) {
                throw new IllegalArgumentException("reason " + Excerpt.of(body.reason()) + ": a traveller "
                        + allowedWord + " needs no refusal reason");
            }
            return new Decide(actor(caller), reference, step, Optional.empty());
        }
        if (!outcome.equals("refused")) {
            throw new IllegalArgumentException("outcome " + Excerpt.of(outcome) + " must be \"" + allowedWord
                    + "\" or \"refused\" for the " + step.json() + " step");
        }
        return new Decide(actor(caller), reference, step,
                Optional.of(required(body.reason(), "reason (a code of GET /api/refusal-reasons)")));
    }

    /** A crossing point or a route, never both. */
    private static Optional<PassageId> passage(String crossingPoint, String route) {
        if (crossingPoint != null && route != null) {
            throw new IllegalArgumentException("crossingPoint " + Excerpt.of(crossingPoint) + " and route "
                    + Excerpt.of(route) + ": give one of them");
        }
        return crossingPoint != null ? Optional.of(field("crossingPoint", () -> CrossingPointId.of(crossingPoint)))
                : Optional.ofNullable(route).map(id -> field("route", () -> RouteId.of(id)));
    }

    static CaseReference reference(String text) {
        return field("reference", () -> CaseReference.of(text));
    }

    /** The traveller's secret, as sent with a receipt's reference ({@code ?secret=}). */
    static TravellerSecret secret(String text) {
        return field("secret", () -> TravellerSecret.of(text));
    }

    /** The person acting, as the use cases see them. */
    static Actor actor(Caller caller) {
        return new Actor(caller.username().value(), caller.party(),
                caller.holds(Role.STATE_OFFICER) ? caller.posts() : java.util.Set.of(),
                caller.holds(Role.OPERATOR_FRONT_OFFICE));
    }

    private static TravelDocument document(String mrz) {
        return Mrz.parse(mrz); // its errors name the line, column and field already ("mrz line 2, column 10: ...")
    }

    private static Direction direction(DirectionBody body) {
        return field("direction", () -> Direction.of(required(body.from(), "from"), required(body.to(), "to")));
    }

    /** The fee collected, in its currency's minor units: {@code "5"} USD is {@code 5.00 USD}. */
    static FeeCollected fee(FeeBody body) {
        var currency = Money.currency("feeCollected.currency", required(body.currency(), "feeCollected.currency"));
        return new FeeCollected(Money.parse("feeCollected.amount", required(body.amount(), "feeCollected.amount"),
                currency));
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    /** Reads one member; its error is prefixed with the member's name so the caller knows which one is wrong. */
    private static <T> T field(String name, Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            String message = e.getMessage();
            throw new IllegalArgumentException(message != null && message.startsWith(name) ? message
                    : name + ": " + message, e);
        }
    }
}
