package org.crossings.tlog.witness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crossings.tlog.note.Note;
import org.crossings.tlog.note.NoteSignature;
import org.crossings.tlog.note.NoteVerifier;

/**
 * A k-of-n rule: a checkpoint is trusted only once {@code threshold} of {@code witnesses} have cosigned it.
 *
 * <p>Each party names the witnesses it trusts; the threshold says how many must collude before a split view goes
 * unnoticed. Signatures by keys outside the policy are ignored, as signed-note requires.
 */
public record WitnessPolicy(List<NoteVerifier> witnesses, int threshold) {

    public WitnessPolicy {
        witnesses = List.copyOf(witnesses);
        if (threshold < 1 || threshold > witnesses.size()) {
            throw new IllegalArgumentException("witness policy threshold " + threshold + " must be between 1 and the "
                    + witnesses.size() + " witnesses");
        }
        Set<String> seen = new HashSet<>();
        for (NoteVerifier witness : witnesses) {
            if (!seen.add(witness.name() + "+" + witness.keyId())) {
                throw new IllegalArgumentException("witness " + witness.name() + "+" + witness.keyId()
                        + " is listed twice: it would count twice toward the threshold");
            }
        }
    }

    /** Counts the witnesses whose cosignature on the note's text verifies. */
    public WitnessQuorum check(Note note) {
        byte[] message = note.message();
        List<String> signed = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (NoteVerifier witness : witnesses) {
            List<NoteSignature> lines = note.signatures().stream()
                    .filter(s -> s.isBy(witness.name(), witness.keyId())).toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (lines.stream().allMatch(s -> witness.verify(message, s.signature()))) {
                signed.add(witness.name());
            } else {
                invalid.add(witness.name() + "+" + witness.keyId());
            }
        }
        return new WitnessQuorum(signed, invalid, threshold, witnesses.size());
    }

    public boolean satisfiedBy(Note note) {
        return check(note).satisfied();
    }

    /** Returns what was found, or throws with the note and the quorum as evidence. */
    public WitnessQuorum require(Note note) {
        WitnessQuorum quorum = check(note);
        if (!quorum.satisfied()) {
            throw new WitnessPolicyException(note, quorum);
        }
        return quorum;
    }
}
