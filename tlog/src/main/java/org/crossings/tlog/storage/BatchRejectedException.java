package org.crossings.tlog.storage;

/** The storage refused a batch as a whole and kept nothing of it. */
public class BatchRejectedException extends LogStorageException {

    public BatchRejectedException(String message) {
        super(message);
    }
}
