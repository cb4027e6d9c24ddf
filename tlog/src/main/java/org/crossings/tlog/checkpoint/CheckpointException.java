package org.crossings.tlog.checkpoint;

/** A checkpoint text is malformed, or a signed checkpoint is not the one expected; the message names the line. */
public final class CheckpointException extends RuntimeException {

    public CheckpointException(String message) {
        super(message);
    }

    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
