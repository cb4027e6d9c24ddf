package org.crossings.server.agreement;

import java.util.Objects;

/** One version of one agreement: what a decision cites as the agreement that allowed it. */
public record AgreementRef(AgreementId id, int version) {

    public AgreementRef {
        Objects.requireNonNull(id, "agreement id");
        if (version < 1) {
            throw new IllegalArgumentException("agreement " + id + ": version \"" + version + "\" must be 1 or more");
        }
    }

    /**
     * Reads the form {@link #toString()} writes ({@code ARM-TUR-2022-THIRD-COUNTRY v1}): how an envelope's
     * {@code allowedBy} names the agreement that allowed a step.
     */
    public static AgreementRef parse(String text) {
        int space = text == null ? -1 : text.lastIndexOf(" v");
        if (space < 0 || !text.substring(space + 2).matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException("agreement reference \"" + text
                    + "\" must be an agreement id, a space, and v with the version, such as \"ARM-TUR-2022 v1\"");
        }
        return new AgreementRef(AgreementId.of(text.substring(0, space)), Integer.parseInt(text.substring(space + 2)));
    }

    /** The form envelopes cite: {@code ARM-TUR-2022-THIRD-COUNTRY v1}. */
    @Override
    public String toString() {
        return id + " v" + version;
    }
}
