package org.crossings.tlog.witness;

/** An add-checkpoint request that is malformed: the witness answers 400 Bad Request. */
public final class WitnessRequestException extends RuntimeException {

    public WitnessRequestException(String message) {
        super(message);
    }

    public WitnessRequestException(String message, Throwable cause) {
        super(message, cause);
    }
}
