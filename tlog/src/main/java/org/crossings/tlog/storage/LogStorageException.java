package org.crossings.tlog.storage;

/** The storage could not do what was asked: it refused (see the subclasses) or its technology failed. */
public class LogStorageException extends RuntimeException {

    public LogStorageException(String message) {
        super(message);
    }

    public LogStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
