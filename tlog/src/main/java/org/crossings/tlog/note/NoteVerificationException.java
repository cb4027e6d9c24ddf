package org.crossings.tlog.note;

import java.util.Objects;
import java.util.Optional;

/**
 * A well-formed note that cannot be trusted: no known key signed it, or a known key's signature does not verify.
 *
 * <p>It carries the note and, when one failed, the offending signature, so that the evidence can be shown to others.
 */
public final class NoteVerificationException extends NoteException {

    private final transient Note note;
    private final transient NoteSignature failedSignature;

    NoteVerificationException(String message, Note note, NoteSignature failedSignature) {
        super(message);
        this.note = Objects.requireNonNull(note, "note");
        this.failedSignature = failedSignature;
    }

    /** The note as received, with all of its signature lines. */
    public Note note() {
        return note;
    }

    /** The signature by a known key that did not verify; empty when the note simply had no known signature. */
    public Optional<NoteSignature> failedSignature() {
        return Optional.ofNullable(failedSignature);
    }
}
