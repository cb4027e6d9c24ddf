package org.crossings.tlog.note;

/**
 * A note, a key, or a signature line is malformed: the message names the part and the offending value.
 *
 * <p>Unchecked, because malformed input is a caller's bug or an attacker's probe, never a state to recover from
 * locally. {@link NoteVerificationException} is the kind for well-formed notes whose signatures do not hold.
 */
public class NoteException extends RuntimeException {

    public NoteException(String message) {
        super(message);
    }

    public NoteException(String message, Throwable cause) {
        super(message, cause);
    }
}
