package org.crossings.server.travel;

import java.util.Locale;
import org.crossings.server.agreement.DocumentCode;

/** What kind of travel document a document code stands for, ICAO Doc 9303 Parts 4 to 7. */
public enum DocumentCategory {
    ORDINARY_PASSPORT, DIPLOMATIC_PASSPORT, SERVICE_PASSPORT, OFFICIAL_PASSPORT, OTHER_PASSPORT, IDENTITY_CARD, VISA;

    /** The name in JSON: lower case with hyphens, {@code "diplomatic-passport"}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * {@code P} ordinary, {@code PD} diplomatic, {@code PS} service, {@code PO} official, any other {@code P?} another
     * passport; {@code I}, {@code A}, {@code C} identity cards; {@code V} visas.
     */
    public static DocumentCategory of(DocumentCode code) {
        String value = code.value();
        return switch (value.charAt(0)) {
            case 'P' -> switch (value) {
                case "P" -> ORDINARY_PASSPORT;
                case "PD" -> DIPLOMATIC_PASSPORT;
                case "PS" -> SERVICE_PASSPORT;
                case "PO" -> OFFICIAL_PASSPORT;
                default -> OTHER_PASSPORT;
            };
            case 'V' -> VISA;
            default -> IDENTITY_CARD; // A, C, I: DocumentCode admits nothing else
        };
    }
}
