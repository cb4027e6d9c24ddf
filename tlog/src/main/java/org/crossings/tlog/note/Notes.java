package org.crossings.tlog.note;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signing and opening notes, with the signed-note rules on which signatures count.
 *
 * <p>Opening follows the spec and the Go reference: signatures by unknown keys are ignored (they may be witnesses
 * or a rotated key), a known key's failed signature rejects the whole note (someone tampered with it), and a note
 * with no verified signature by a known key is rejected.
 */
public final class Notes {

    private Notes() {
    }

    /** Signs {@code text} (which must end with a newline) with every signer, in order, and returns the note. */
    public static String sign(String text, List<? extends NoteSigner> signers) {
        Note.requireValidText(text);
        return new Note(text, signatures(text, signers)).encode();
    }

    /**
     * Adds signatures to a note, e.g. a witness cosigning a checkpoint. A new signature replaces an existing one by
     * the same key (name and key ID); the others are kept, in order, before the new ones.
     */
    public static Note addSignatures(Note note, List<? extends NoteSigner> signers) {
        List<NoteSignature> added = signatures(note.text(), signers);
        List<NoteSignature> all = new ArrayList<>();
        for (NoteSignature existing : note.signatures()) {
            if (added.stream().noneMatch(s -> existing.isBy(s.name(), s.keyId()))) {
                all.add(existing);
            }
        }
        all.addAll(added);
        return new Note(note.text(), all);
    }

    /** Parses and opens a note; see {@link #open(Note, List)}. */
    public static VerifiedNote open(String note, List<? extends NoteVerifier> known) {
        return open(Note.parse(note), known);
    }

    /**
     * Verifies the signatures of known keys (matched by name and key ID together).
     *
     * @throws NoteVerificationException if a known key's signature fails, or no known key signed the note
     */
    public static VerifiedNote open(Note note, List<? extends NoteVerifier> known) {
        requireDistinct(known);
        byte[] message = note.message();
        List<NoteVerifier> verified = new ArrayList<>();
        for (NoteSignature signature : note.signatures()) {
            NoteVerifier verifier = find(known, signature);
            if (verifier == null || verified.contains(verifier)) {
                continue; // unknown keys are ignored; a known key's repeated line is not verified twice (as in Go)
            }
            if (!verifier.verify(message, signature.signature())) {
                throw new NoteVerificationException("signature by known key " + signature.name() + "+"
                        + signature.keyId() + " does not verify", note, signature);
            }
            verified.add(verifier);
        }
        if (verified.isEmpty()) {
            throw new NoteVerificationException("note has no signature by a known key; it is signed by "
                    + signedBy(note) + ", the known keys are " + keys(known), note, null);
        }
        return new VerifiedNote(note, verified);
    }

    private static List<NoteSignature> signatures(String text, List<? extends NoteSigner> signers) {
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("signing a note needs at least one signer");
        }
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        Set<String> seen = new HashSet<>();
        List<NoteSignature> signatures = new ArrayList<>();
        for (NoteSigner signer : signers) {
            NoteSignature.requireValidKeyName("signer name", signer.name());
            if (!seen.add(signer.name() + "+" + signer.keyId())) {
                throw new IllegalArgumentException("signer " + signer.name() + "+" + signer.keyId() + " is listed twice");
            }
            signatures.add(NoteSignature.of(signer.name(), signer.keyId(), signer.sign(message)));
        }
        return signatures;
    }

    private static NoteVerifier find(List<? extends NoteVerifier> known, NoteSignature signature) {
        return known.stream().filter(v -> signature.isBy(v.name(), v.keyId())).findFirst().orElse(null);
    }

    private static void requireDistinct(List<? extends NoteVerifier> known) {
        Objects.requireNonNull(known, "known");
        Set<String> seen = new HashSet<>();
        for (NoteVerifier verifier : known) {
            if (!seen.add(verifier.name() + "+" + verifier.keyId())) {
                throw new IllegalArgumentException("known key " + verifier.name() + "+" + verifier.keyId()
                        + " is listed twice: with two keys under one name and ID, a signature would be ambiguous");
            }
        }
    }

    private static String signedBy(Note note) {
        return note.signatures().stream().map(s -> s.name() + "+" + s.keyId())
                .collect(Collectors.toCollection(LinkedHashSet::new)).toString();
    }

    private static String keys(List<? extends NoteVerifier> known) {
        return known.stream().map(v -> v.name() + "+" + v.keyId()).toList().toString();
    }
}
