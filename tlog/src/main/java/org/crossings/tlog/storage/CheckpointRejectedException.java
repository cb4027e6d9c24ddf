package org.crossings.tlog.storage;

/** The storage refused to record a checkpoint: it would go back in time, or commit to entries it does not hold. */
public class CheckpointRejectedException extends LogStorageException {

    public CheckpointRejectedException(String message) {
        super(message);
    }
}
