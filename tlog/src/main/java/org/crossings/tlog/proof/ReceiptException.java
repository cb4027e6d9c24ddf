package org.crossings.tlog.proof;

/** A receipt text is malformed; the message names the line and what is wrong with it. */
public final class ReceiptException extends RuntimeException {

    public ReceiptException(String message) {
        super(message);
    }

    public ReceiptException(String message, Throwable cause) {
        super(message, cause);
    }
}
