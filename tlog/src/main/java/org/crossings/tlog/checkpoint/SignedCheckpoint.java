package org.crossings.tlog.checkpoint;

import java.util.List;
import java.util.Objects;
import org.crossings.tlog.note.Note;
import org.crossings.tlog.note.NoteSigner;
import org.crossings.tlog.note.NoteVerifier;
import org.crossings.tlog.note.Notes;

/**
 * A checkpoint together with the signed note that carries it, all signature lines kept (the log's and any
 * witnesses' cosignatures), so it can be passed on and re-checked by others byte for byte.
 *
 * <p>Made by {@link #sign} or by {@link #open}, which verifies the log's signature before anyone reads the
 * checkpoint; the constructor alone proves only that the note's text is this checkpoint.
 */
public record SignedCheckpoint(Checkpoint checkpoint, Note note) {

    public SignedCheckpoint {
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(note, "note");
        if (!note.text().equals(checkpoint.text())) {
            throw new CheckpointException("note text is not the checkpoint's text: \"" + note.text() + "\" vs \""
                    + checkpoint.text() + "\"");
        }
    }

    /** Signs the checkpoint, the log's key first by convention, then any others. */
    public static SignedCheckpoint sign(Checkpoint checkpoint, List<? extends NoteSigner> signers) {
        return new SignedCheckpoint(checkpoint, Note.parse(Notes.sign(checkpoint.text(), signers)));
    }

    public static SignedCheckpoint sign(Checkpoint checkpoint, NoteSigner log) {
        return sign(checkpoint, List.of(log));
    }

    /**
     * Opens a checkpoint note whose origin is the log key's name, as the spec recommends.
     *
     * @throws org.crossings.tlog.note.NoteException if the note is malformed or the log did not sign it
     * @throws CheckpointException if the text is not a checkpoint, or its origin is not the key's name
     */
    public static SignedCheckpoint open(String note, NoteVerifier log) {
        return open(note, log.name(), log);
    }

    /** Opens a checkpoint note of a log whose origin differs from its key name (sum.golang.org's does). */
    public static SignedCheckpoint open(String note, String origin, NoteVerifier log) {
        return open(Note.parse(note), origin, log);
    }

    public static SignedCheckpoint open(Note note, String origin, NoteVerifier log) {
        Notes.open(note, List.of(log));
        Checkpoint checkpoint = Checkpoint.parse(note.text());
        if (!checkpoint.origin().equals(origin)) {
            throw new CheckpointException("checkpoint line 1 (origin) \"" + checkpoint.origin()
                    + "\" is not the expected origin \"" + origin + "\"");
        }
        return new SignedCheckpoint(checkpoint, note);
    }

    /** The same checkpoint with more signatures, e.g. a witness's cosignature. */
    public SignedCheckpoint withSignatures(List<? extends NoteSigner> signers) {
        return new SignedCheckpoint(checkpoint, Notes.addSignatures(note, signers));
    }

    /** The full signed note, as it is served and stored. */
    public String encode() {
        return note.encode();
    }
}
