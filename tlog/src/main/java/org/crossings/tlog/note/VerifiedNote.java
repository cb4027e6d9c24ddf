package org.crossings.tlog.note;

import java.util.List;
import java.util.Objects;

/**
 * A note whose signatures by {@code verifiers} have been checked; only now may its text be trusted.
 *
 * <p>Signatures by keys the caller did not know stay in {@link #note()} unverified, e.g. cosignatures from witnesses
 * that a later {@code WitnessPolicy} will check against its own keys.
 */
public record VerifiedNote(Note note, List<NoteVerifier> verifiers) {

    public VerifiedNote {
        Objects.requireNonNull(note, "note");
        verifiers = List.copyOf(verifiers);
        if (verifiers.isEmpty()) {
            throw new IllegalArgumentException("a verified note needs at least one verifier whose signature checked");
        }
    }

    /** The trusted text. */
    public String text() {
        return note.text();
    }

    /** Whether the given known key's signature was verified. */
    public boolean isSignedBy(NoteVerifier verifier) {
        return verifiers.stream().anyMatch(v -> v.name().equals(verifier.name()) && v.keyId().equals(verifier.keyId()));
    }
}
