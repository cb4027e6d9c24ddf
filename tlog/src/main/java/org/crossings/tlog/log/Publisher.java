package org.crossings.tlog.log;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.ConsistencyProof;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.NodeHashes;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.NoteSigner;
import org.crossings.tlog.note.Note;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.LogStorageException;
import org.crossings.tlog.storage.PublishedCheckpoint;

/**
 * Signs and stores checkpoints of the committed tree, but only after checking that the stored log still agrees with
 * the latest checkpoint it published: that checkpoint's root is recomputed from the stored tiles, and the new tree is
 * proved consistent with it from the same tiles. Once that fails the publisher stops for good and reports the
 * evidence: a log must never sign a history that contradicts what it signed before.
 */
final class Publisher {

    private static final System.Logger LOG = System.getLogger(Publisher.class.getName());

    private final LogStorage storage;
    private final NoteSigner signer;
    private final String origin;
    private final Supplier<Sequencer.Committed> committed;
    private volatile InconsistentLogException halted;

    Publisher(LogStorage storage, NoteSigner signer, String origin, Supplier<Sequencer.Committed> committed) {
        this.storage = storage;
        this.signer = signer;
        this.origin = origin;
        this.committed = committed;
    }

    Optional<InconsistentLogException> halted() {
        return Optional.ofNullable(halted);
    }

    /**
     * Signs and stores a checkpoint of the committed tree if it grew since the latest one (or there is none).
     *
     * @throws InconsistentLogException if the stored log contradicts the latest checkpoint; publishing stops
     */
    synchronized Optional<PublishedCheckpoint> publish() {
        if (halted != null) {
            throw halted;
        }
        Sequencer.Committed tree = committed.get();
        Optional<PublishedCheckpoint> latest = storage.latestCheckpoint();
        if (latest.isPresent()) {
            checkConsistent(latest.get(), tree);
            if (latest.get().size() >= tree.size()) {
                return Optional.empty();
            }
        }
        String note = SignedCheckpoint.sign(new Checkpoint(origin, tree.size(), tree.root()), signer).encode();
        PublishedCheckpoint checkpoint = new PublishedCheckpoint(tree.size(), note);
        storage.publish(checkpoint);
        return Optional.of(checkpoint);
    }

    /** Checks the latest stored checkpoint against the stored tiles and the committed tree, halting on failure. */
    synchronized void checkConsistent(PublishedCheckpoint latest, Sequencer.Committed tree) {
        try {
            verify(latest, tree);
        } catch (InconsistentLogException inconsistent) {
            halted = inconsistent;
            LOG.log(Level.ERROR, "LOG INCONSISTENT, publishing stopped: " + inconsistent.getMessage(), inconsistent);
            throw inconsistent;
        }
    }

    private void verify(PublishedCheckpoint latest, Sequencer.Committed tree) {
        Checkpoint signed = Checkpoint.parse(Note.parse(latest.note()).text());
        if (!signed.origin().equals(origin)) {
            throw new InconsistentLogException("the latest stored checkpoint is for origin \"" + signed.origin()
                    + "\", this log is \"" + origin + "\"", signed.size(), signed.root(), tree.root(), latest.note());
        }
        NodeHashes nodes = StoredTiles.nodes(storage, Math.max(signed.size(), tree.size()));
        Hash recomputed;
        try {
            recomputed = TreeHash.root(signed.size(), nodes);
        } catch (LogStorageException transientFailure) {
            throw transientFailure;
        } catch (RuntimeException unreadable) {
            throw new InconsistentLogException("the stored tiles cannot yield the root of the latest checkpoint",
                    signed.size(), signed.root(), unreadable, latest.note());
        }
        if (!recomputed.equals(signed.root())) {
            throw new InconsistentLogException("the stored tiles do not yield the root of the latest checkpoint",
                    signed.size(), signed.root(), recomputed, latest.note());
        }
        if (signed.size() <= tree.size()) {
            proveConsistent(signed, tree, nodes, latest.note());
        }
    }

    private static void proveConsistent(Checkpoint signed, Sequencer.Committed tree, NodeHashes nodes, String note) {
        try {
            List<Hash> proof = ConsistencyProof.prove(signed.size(), tree.size(), nodes);
            ConsistencyProof.verify(signed.size(), tree.size(), signed.root(), tree.root(), proof);
        } catch (LogStorageException transientFailure) {
            throw transientFailure;
        } catch (RuntimeException inconsistent) {
            throw new InconsistentLogException("the committed tree of size " + tree.size() + " and root "
                    + tree.root() + " is not consistent with the latest checkpoint (" + inconsistent.getMessage()
                    + ")", signed.size(), signed.root(), inconsistent, note);
        }
    }
}
