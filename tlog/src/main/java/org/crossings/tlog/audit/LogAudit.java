package org.crossings.tlog.audit;

import java.util.Objects;
import java.util.Optional;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.CheckpointException;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.CompactRange;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.NoteException;
import org.crossings.tlog.note.NoteVerifier;

/**
 * An audit of one log's kept entries and tiles against its signed checkpoints. For the tree of a checkpoint it checks
 * that the log's key signed the checkpoint, that each entry's leaf hash is the hash its level-0 tile holds, that each
 * hash of the tiles above is the node recomputed from the entries, and that the root recomputed from the entries is
 * the checkpoint's root. It trusts nothing it reads until it has recomputed it.
 *
 * <p>Its life: an audit starts at entry 0 and {@linkplain #advance advances} towards a checkpoint, all the way or a
 * bounded number of entries at a time, and then towards later checkpoints. It keeps only the compact range of what it
 * has checked (a few dozen hashes), so a step reads only entries it has not checked yet: cheap enough to run after
 * every checkpoint. It therefore does not see a later change to an entry it has already checked; a new audit from
 * entry 0 does, and running one now and then is the caller's choice. A step that finds a discrepancy, or cannot read
 * what it needs, leaves the audit where it was. Not safe for concurrent use: one caller owns it.
 */
public final class LogAudit {

    private final NoteVerifier logKey;
    private final String origin;
    private CompactRange range = CompactRange.empty();
    private SignedCheckpoint verified;

    /** An audit of the log whose checkpoints {@code logKey} signs, with the key's name as origin (as C2SP recommends). */
    public LogAudit(NoteVerifier logKey) {
        this(logKey, Objects.requireNonNull(logKey, "log key").name());
    }

    /** An audit of a log whose checkpoint origin is not its key's name. */
    public LogAudit(NoteVerifier logKey, String origin) {
        this.logKey = Objects.requireNonNull(logKey, "log key");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** How many entries, from entry 0, this audit has checked against their tiles and folded into its tree. */
    public long auditedSize() {
        return range.size();
    }

    /** The latest checkpoint whose root this audit recomputed from the entries, if it reached one. */
    public Optional<SignedCheckpoint> verified() {
        return Optional.ofNullable(verified);
    }

    /** {@link #advance(String, LogResources, long)} all the way to the checkpoint's size. */
    public Optional<Discrepancy> advance(String checkpointNote, LogResources log) {
        return advance(checkpointNote, log, Long.MAX_VALUE);
    }

    /**
     * Checks the next entries of the checkpoint's tree, at most {@code maxEntries} of them, and, once all of them are
     * checked, the checkpoint's root.
     *
     * @param checkpointNote the signed checkpoint note, as the log keeps or serves it
     * @param log where the entries and tiles are read from
     * @param maxEntries at most this many entries are read, at least 1
     * @return the first discrepancy found, with its evidence; empty when everything read so far agrees (the audit
     *     has then reached the checkpoint if {@link #auditedSize()} is its size)
     * @throws RuntimeException whatever {@code log} throws when it cannot read; the audit stays where it was
     */
    public Optional<Discrepancy> advance(String checkpointNote, LogResources log, long maxEntries) {
        Objects.requireNonNull(checkpointNote, "checkpoint note");
        Objects.requireNonNull(log, "log resources");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("max entries " + maxEntries + " must be at least 1");
        }
        Evidence evidence = new Evidence(checkpointNote, verified());
        try {
            step(open(checkpointNote, evidence), log, maxEntries, evidence);
            return Optional.empty();
        } catch (DiscrepancyFound found) {
            return Optional.of(found.discrepancy());
        }
    }

    private void step(SignedCheckpoint checkpoint, LogResources log, long maxEntries, Evidence evidence) {
        Checkpoint tree = checkpoint.checkpoint();
        if (tree.size() < range.size()) {
            throw evidence.rolledBack(range.size(), tree.size());
        }
        long end = tree.size() - range.size() <= maxEntries ? tree.size() : range.size() + maxEntries;
        CompactRange walked = new TreeWalk(tree.size(), log, evidence, range.copy()).to(end);
        if (end == tree.size()) {
            Hash recomputed = walked.root();
            if (!recomputed.equals(tree.root())) {
                throw evidence.rootDiffers(tree.size(), tree.root(), recomputed);
            }
            verified = checkpoint;
        }
        range = walked;
    }

    private SignedCheckpoint open(String note, Evidence evidence) {
        try {
            return SignedCheckpoint.open(note, origin, logKey);
        } catch (NoteException | CheckpointException e) {
            throw evidence.notSigned(logKey, origin, e);
        }
    }
}
