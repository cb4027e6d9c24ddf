package org.crossings.server.travel;

import java.time.LocalDate;
import java.util.Objects;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.server.value.DateRange;

/**
 * What a traveller submits before arriving: their document, why and where they will cross, and on which day. Two
 * identical submissions are two pre-registrations, each with its own reference and secret: telling a sender that the
 * same trip was submitted before would tell anyone holding a passport's zone who travels where, and when. The day is
 * one of {@link DateRange#CROSSINGS}; how far ahead a traveller may pre-register is {@code PreregistrationRules}'.
 */
public record Preregistration(TravelDocument document, Purpose purpose, PassageId passage, Direction direction,
                              LocalDate travelDate) {

    public Preregistration {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(direction, "direction");
        DateRange.CROSSINGS.require("travelDate", Objects.requireNonNull(travelDate, "travelDate"));
    }
}
