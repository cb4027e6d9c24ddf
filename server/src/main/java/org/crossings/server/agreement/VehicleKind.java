package org.crossings.server.agreement;

import java.util.Locale;

/** The vehicles an agreement lets goods cross in; written in lower case in terms documents. */
public enum VehicleKind {
    TRUCK,
    VAN,
    CAR,
    BUS,
    TRAIN;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
