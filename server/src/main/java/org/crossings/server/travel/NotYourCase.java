package org.crossings.server.travel;

/**
 * The actor may not take this step: the operator deciding for a state, a state deciding for the other side, an
 * officer at another post, a front office no agreement names.
 */
public final class NotYourCase extends RuntimeException {

    public NotYourCase(String message) {
        super(message);
    }
}
