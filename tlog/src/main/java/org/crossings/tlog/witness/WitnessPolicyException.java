package org.crossings.tlog.witness;

import java.util.Objects;
import org.crossings.tlog.note.Note;

/** A note is not cosigned by enough witnesses; it carries the note and what was found, as evidence. */
public final class WitnessPolicyException extends RuntimeException {

    private final transient Note note;
    private final WitnessQuorum quorum;

    WitnessPolicyException(Note note, WitnessQuorum quorum) {
        super("witness policy not satisfied: " + quorum.describe());
        this.note = Objects.requireNonNull(note, "note");
        this.quorum = Objects.requireNonNull(quorum, "quorum");
    }

    public Note note() {
        return note;
    }

    public WitnessQuorum quorum() {
        return quorum;
    }
}
