package org.crossings.server.agreement;

import java.util.Arrays;
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

    /** @throws IllegalArgumentException naming the value and the vehicles there are */
    public static VehicleKind fromJson(String value) {
        for (VehicleKind kind : values()) {
            if (kind.json().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("vehicle \"" + value + "\" is not one of "
                + Arrays.stream(values()).map(VehicleKind::json).toList());
    }
}
