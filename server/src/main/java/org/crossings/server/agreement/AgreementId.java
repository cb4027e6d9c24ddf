package org.crossings.server.agreement;

import java.util.Objects;

/** The id an agreement keeps through all its versions, such as {@code ARM-TUR-2022-THIRD-COUNTRY}. */
public record AgreementId(String value) implements Comparable<AgreementId> {

    public AgreementId {
        Objects.requireNonNull(value, "agreement id");
        if (!value.matches("[A-Z0-9][A-Z0-9-]{1,63}")) {
            throw new IllegalArgumentException("agreement id \"" + value
                    + "\" must be 2 to 64 upper-case letters, digits or hyphens");
        }
    }

    public static AgreementId of(String value) {
        return new AgreementId(value);
    }

    @Override
    public int compareTo(AgreementId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
