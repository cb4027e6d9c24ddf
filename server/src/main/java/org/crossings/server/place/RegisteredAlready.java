package org.crossings.server.place;

import java.util.Objects;

/**
 * A post, crossing point or route whose code or id is registered already: a place is registered once. Extends
 * {@link IllegalStateException}, what registering threw before it had a type of its own.
 *
 * @param kind what is registered: {@code post}, {@code crossing-point} or {@code route}
 * @param field the field that names it: {@code code} for a post, {@code id} for a passage
 */
public final class RegisteredAlready extends IllegalStateException {

    private final String kind;
    private final String field;
    private final String value;

    public RegisteredAlready(String kind, String field, String value) {
        super(Objects.requireNonNull(kind, "kind") + " " + Objects.requireNonNull(value, "value")
                + " is registered already");
        this.kind = kind;
        this.field = Objects.requireNonNull(field, "field");
        this.value = value;
    }

    public String kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
