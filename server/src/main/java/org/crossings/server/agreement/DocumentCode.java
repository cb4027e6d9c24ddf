package org.crossings.server.agreement;

import java.util.Objects;

/**
 * The document code of a travel document as ICAO Doc 9303 writes it in the machine-readable zone, without filler:
 * {@code P} for an ordinary passport ({@code P<} in the zone), {@code PD} diplomatic, {@code PS} service, {@code PO}
 * official; {@code I}, {@code A}, {@code C} identity cards; {@code V} visas. The first letter is the document type,
 * the optional second is chosen by the issuing state.
 *
 * <p>Agreements list codes exactly: {@code P} admits an ordinary passport and not a diplomatic one.
 */
public record DocumentCode(String value) {

    public DocumentCode {
        Objects.requireNonNull(value, "document code");
        if (!value.matches("[ACIPV][A-Z]?")) {
            throw new IllegalArgumentException("document code \"" + value
                    + "\" must be an ICAO 9303 document code: A, C, I, P or V, then at most one more letter");
        }
    }

    public static DocumentCode of(String value) {
        return new DocumentCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
