package org.crossings.server.travel;

import java.util.Objects;

/**
 * A coded reason for refusing a traveller at one step, from the published list ({@link RefusalReasons}): the code
 * goes into the public envelope, so any party can count refusals by reason; the words are what the officer tells the
 * traveller.
 */
public record RefusalReason(String code, Step step, String text) {

    public RefusalReason {
        Objects.requireNonNull(code, "refusal reason code");
        Objects.requireNonNull(step, "refusal reason step");
        Objects.requireNonNull(text, "refusal reason text");
        if (!code.matches("[A-Z][A-Z0-9]{0,3}")) {
            throw new IllegalArgumentException("refusal reason code \"" + code + "\" must be upper-case letters");
        }
    }
}
