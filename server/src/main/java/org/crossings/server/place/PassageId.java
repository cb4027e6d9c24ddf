package org.crossings.server.place;

/**
 * The id of a way across the border that an agreement can open: a crossing point, or a transit route.
 * Eligibility indexes agreements by passage and direction.
 */
public sealed interface PassageId permits CrossingPointId, RouteId {

    /** Upper-case letters, digits and hyphens, such as {@code MARGARA-ALICAN}. */
    String FORM = "[A-Z0-9][A-Z0-9-]{1,63}";

    String value();
}
