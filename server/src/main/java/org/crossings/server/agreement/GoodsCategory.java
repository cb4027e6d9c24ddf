package org.crossings.server.agreement;

import java.util.Objects;

/** A kind of consignment an agreement can open a crossing for, such as {@code humanitarian-aid}: lower-case words joined by hyphens. */
public record GoodsCategory(String value) {

    public GoodsCategory {
        Objects.requireNonNull(value, "goods category");
        if (!value.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("goods category \"" + value
                    + "\" must be lower-case words joined by hyphens");
        }
    }

    public static GoodsCategory of(String value) {
        return new GoodsCategory(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
