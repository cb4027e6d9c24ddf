package org.crossings.server.travel;

import java.util.Objects;

/**
 * Why a pre-registration is not eligible whatever the agreements say, so that none is kept: the front office could
 * never take the traveller in with it. Names the field and its value, in words the traveller can act on.
 *
 * @param field the member of the submission that is at fault: {@code mrz} or {@code travelDate}
 */
public record PreregistrationReason(Code code, String field, String detail) {

    public enum Code {
        /** The document is no longer valid on the day of travel. */
        DOCUMENT_EXPIRED,
        /** The day of travel is before today, at the post the traveller leaves from. */
        TRAVEL_DATE_PASSED,
        /** The day of travel is further ahead than pre-registrations are kept for. */
        TRAVEL_DATE_TOO_FAR
    }

    public PreregistrationReason {
        Objects.requireNonNull(code, "reason code");
        Objects.requireNonNull(field, "reason field");
        Objects.requireNonNull(detail, "reason detail");
    }
}
