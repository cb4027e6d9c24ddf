package org.crossings.tlog.log;

import java.util.Optional;
import org.crossings.tlog.merkle.Hash;

/**
 * The stored log no longer yields a root the log committed to: a checkpoint it signed, or the state it stored.
 * Someone changed the storage behind the writer's back (or it lost data), and signing anything more would vouch for
 * a history that contradicts what was published. The writer refuses, and this exception is the evidence: the tree
 * size, the root committed to, the root the storage yields now, and the signed checkpoint when there is one.
 */
public final class InconsistentLogException extends IllegalStateException {

    private final long size;
    private final Hash committedRoot;
    private final Hash recomputedRoot;
    private final String checkpointNote;

    public InconsistentLogException(String what, long size, Hash committedRoot, Hash recomputedRoot,
            String checkpointNote) {
        super(what + ": tree size " + size + ", committed root " + committedRoot + " (base64 "
                + committedRoot.base64() + "), root recomputed from the stored tiles " + recomputedRoot
                + (checkpointNote == null ? "" : "; signed checkpoint:\n" + checkpointNote));
        this.size = size;
        this.committedRoot = committedRoot;
        this.recomputedRoot = recomputedRoot;
        this.checkpointNote = checkpointNote;
    }

    public InconsistentLogException(String what, long size, Hash committedRoot, Throwable recomputationFailure,
            String checkpointNote) {
        super(what + ": tree size " + size + ", committed root " + committedRoot + ", and the stored tiles do not"
                + " yield a root at all: " + recomputationFailure.getMessage()
                + (checkpointNote == null ? "" : "; signed checkpoint:\n" + checkpointNote), recomputationFailure);
        this.size = size;
        this.committedRoot = committedRoot;
        this.recomputedRoot = null;
        this.checkpointNote = checkpointNote;
    }

    /** The tree size whose root no longer matches. */
    public long size() {
        return size;
    }

    /** The root the log committed to at {@link #size()}: signed in a checkpoint, or stored as the tree state. */
    public Hash committedRoot() {
        return committedRoot;
    }

    /** The root the stored tiles yield now, if they yield one at all. */
    public Optional<Hash> recomputedRoot() {
        return Optional.ofNullable(recomputedRoot);
    }

    /** The signed checkpoint that the storage contradicts, as published. */
    public Optional<String> checkpointNote() {
        return Optional.ofNullable(checkpointNote);
    }
}
