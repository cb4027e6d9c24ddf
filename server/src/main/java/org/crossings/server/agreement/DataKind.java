package org.crossings.server.agreement;

import java.util.Locale;

/** The kinds of data an agreement discloses to a party or observer; written with hyphens in terms documents. */
public enum DataKind {
    /** Counts and totals, without any person or consignment in them. */
    STATISTICS,
    /** The public envelopes of log entries: who decided what, where and when, without personal data. */
    ENVELOPES,
    /** Names, nationalities and dates of birth of travellers. */
    TRAVELLER_IDENTITY,
    /** Travel document numbers and machine-readable zones. */
    TRAVEL_DOCUMENTS,
    /** Goods items, HS codes, masses, seals and carriers of consignments. */
    CONSIGNMENT_DETAILS,
    /** Admission, release and refusal decisions with their reasons. */
    DECISIONS;

    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static DataKind fromJson(String value) {
        for (DataKind kind : values()) {
            if (kind.json().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("\"" + value + "\" is not a kind of data; expected one of "
                + java.util.Arrays.stream(values()).map(DataKind::json).toList());
    }
}
