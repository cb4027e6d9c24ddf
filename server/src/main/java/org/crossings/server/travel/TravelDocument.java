package org.crossings.server.travel;

import java.util.List;
import java.util.Objects;
import org.crossings.server.agreement.DocumentCode;

/**
 * A travel document as its machine-readable zone states it, every check digit verified. Names are as the zone writes
 * them, filler turned into spaces, and may be truncated as ICAO Doc 9303 allows; {@code optionalData} is the optional
 * data without trailing filler (in TD1 the elements of lines 1 and 2, joined by a space when both are present; the
 * continuation of a long document number is not part of it); {@code lines} are the lines as parsed.
 */
public record TravelDocument(MrzFormat format, DocumentCode code, Nationality issuer, String documentNumber,
        String surname, String givenNames, Nationality nationality, MrzDate dateOfBirth, Sex sex,
        MrzDate dateOfExpiry, String optionalData, List<String> lines) {

    public TravelDocument {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(givenNames, "givenNames");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(dateOfExpiry, "dateOfExpiry");
        Objects.requireNonNull(optionalData, "optionalData");
        lines = List.copyOf(lines);
        if (documentNumber.isEmpty()) {
            throw new IllegalArgumentException("documentNumber \"\" must not be empty");
        }
        if (!dateOfExpiry.isComplete()) {
            throw new IllegalArgumentException("dateOfExpiry \"" + dateOfExpiry + "\" must be a complete date");
        }
        if (lines.size() != format.lines() || lines.stream().anyMatch(line -> line.length() != format.length())) {
            throw new IllegalArgumentException("lines " + lines + " are no " + format + " zone: "
                    + format.lines() + " lines of " + format.length() + " characters");
        }
    }

    /** What kind of document this is, from its document code. */
    public DocumentCategory category() {
        return DocumentCategory.of(code);
    }

    /** The zone: its lines joined with {@code \n}, exactly as parsed. */
    public String mrz() {
        return String.join("\n", lines);
    }
}
