package org.crossings.server.agreement.http;

import static org.crossings.server.agreement.http.AgreementRequests.required;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.crossings.server.agreement.Crosser;
import org.crossings.server.agreement.CrossingRequest;
import org.crossings.server.agreement.DocumentCode;
import org.crossings.server.agreement.GoodsCategory;
import org.crossings.server.agreement.HsCode;
import org.crossings.server.agreement.VehicleKind;
import org.crossings.server.party.CountryCode;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.RouteId;
import org.crossings.server.value.DateRange;

/** Turns the JSON of {@code POST /api/eligibility} into a {@link CrossingRequest}, naming any bad member. */
final class CrossingRequests {

    private CrossingRequests() {
    }

    static CrossingRequest read(AgreementRequests.Crossing body, Instant now) {
        return new CrossingRequest(crosser(body), passage(body),
                field("direction", () -> Direction.of(required(body.direction(), "direction").from(),
                        body.direction().to())),
                body.at() == null ? now : DateRange.CROSSINGS.instant("at", body.at()));
    }

    private static Crosser crosser(AgreementRequests.Crossing body) {
        if ((body.traveller() == null) == (body.consignment() == null)) {
            throw new IllegalArgumentException("traveller and consignment: give exactly one of them");
        }
        if (body.traveller() != null) {
            AgreementRequests.Traveller t = body.traveller();
            return new Crosser.Traveller(
                    field("traveller.nationality", () -> CountryCode.of(required(t.nationality(), "nationality"))),
                    field("traveller.document", () -> DocumentCode.of(required(t.document(), "document"))));
        }
        AgreementRequests.Consignment c = body.consignment();
        return new Crosser.Consignment(
                field("consignment.category", () -> GoodsCategory.of(required(c.category(), "category"))),
                field("consignment.goods", () -> required(c.goods(), "goods").stream().map(HsCode::of).toList()),
                Boolean.TRUE.equals(c.humanitarian()),
                field("consignment.vehicle", () -> VehicleKind.fromJson(required(c.vehicle(), "vehicle"))));
    }

    private static PassageId passage(AgreementRequests.Crossing body) {
        if ((body.crossingPoint() == null) == (body.route() == null)) {
            throw new IllegalArgumentException("crossingPoint and route: give exactly one of them");
        }
        return body.crossingPoint() != null
                ? field("crossingPoint", () -> CrossingPointId.of(body.crossingPoint()))
                : field("route", () -> RouteId.of(body.route()));
    }

    /** Reads one member; its error is prefixed with the member's path so the caller knows which one is wrong. */
    private static <T> T field(String path, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

}
