package org.crossings.server.agreement;

import java.util.List;

/**
 * Terms that cannot be signed, with every problem found: each names the field path and the offending value
 * ({@code parties[2] "XYZ" is not a known party}), so the proposer can fix them all at once.
 */
public class TermsException extends IllegalArgumentException {

    private final transient List<String> errors;

    public TermsException(List<String> errors) {
        super(String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
