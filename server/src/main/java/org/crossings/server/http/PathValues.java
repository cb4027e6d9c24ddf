package org.crossings.server.http;

import java.util.Map;
import java.util.Optional;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.PostCode;

/** The values of a request path's variables ({@code /api/parties/{party}} with {@code party=TUR}), as rules read them. */
public record PathValues(Map<String, String> values) {

    public PathValues {
        values = Map.copyOf(values);
    }

    public static PathValues none() {
        return new PathValues(Map.of());
    }

    public String text(String variable) {
        String value = values.get(variable);
        if (value == null) {
            throw new IllegalStateException("path variable {" + variable + "} is not in the matched pattern");
        }
        return value;
    }

    /** The party the variable names; empty if it is not a well-formed party code, which no one may act for. */
    public Optional<PartyCode> party(String variable) {
        try {
            return Optional.of(PartyCode.of(text(variable)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The post the variable names; empty if it is not a well-formed post code. */
    public Optional<PostCode> post(String variable) {
        try {
            return Optional.of(PostCode.of(text(variable)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code template} with every {@code {variable}} replaced by its value: "a state officer of {party}". */
    public String fill(String template) {
        String filled = template;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            filled = filled.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return filled;
    }
}
