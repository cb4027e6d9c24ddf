package org.crossings.cli.verify;

import java.util.List;
import java.util.Optional;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.CheckpointException;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.ConsistencyProof;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.ProofException;
import org.crossings.tlog.note.NoteException;
import org.crossings.tlog.note.NoteVerifier;
import org.crossings.tlog.witness.WitnessPolicy;
import org.crossings.tlog.witness.WitnessPolicyException;

/**
 * The checks of one audit run around the tree recomputation: the checkpoint's signature and origin, no rollback
 * from the checkpoint verified before, the recomputed root, and consistency with the previous checkpoint.
 */
final class CheckpointAudit {

    private final NoteVerifier key;
    private final String origin;

    CheckpointAudit(NoteVerifier key, String origin) {
        this.key = key;
        this.origin = origin;
    }

    /** Opens a served checkpoint note with the log's key; a bad one fails the audit. */
    SignedCheckpoint open(String note, String where) {
        try {
            return SignedCheckpoint.open(note, origin, key);
        } catch (NoteException | CheckpointException e) {
            throw new VerificationFailure("the checkpoint at " + where + " is not a checkpoint of " + origin
                    + " signed by " + key.name() + "+" + key.keyId() + ": " + e.getMessage(),
                    "checkpoint:  " + where + "\nexpected origin: " + origin + "\nlog key:     " + key.name() + "+"
                            + key.keyId() + "\nproblem:     " + e.getMessage() + "\n");
        }
    }

    /** The checkpoint counts only if the witnesses the auditor names cosigned it. */
    void requireWitnesses(WitnessPolicy policy, SignedCheckpoint checkpoint) {
        try {
            policy.require(checkpoint.note());
        } catch (WitnessPolicyException e) {
            throw new VerificationFailure("the checkpoint lacks the witness cosignatures required: "
                    + e.quorum().describe(), "witness policy: " + e.quorum().describe() + "\n");
        }
    }

    /** A log never shrinks: a checkpoint smaller than one verified before is a rollback. */
    void requireNoRollback(Optional<SignedCheckpoint> previous, Checkpoint now) {
        if (previous.isPresent() && previous.get().checkpoint().size() > now.size()) {
            long before = previous.get().checkpoint().size();
            throw new VerificationFailure("rollback: the log now serves size " + now.size()
                    + ", smaller than size " + before + " verified before",
                    "previous size: " + before + "\nserved size:   " + now.size() + "\n");
        }
    }

    /** The root recomputed from every entry must be the root the log signed. */
    void requireRoot(Checkpoint now, Hash recomputed) {
        if (!recomputed.equals(now.root())) {
            throw new VerificationFailure("the tree recomputed from the entries does not have the checkpoint's root",
                    "tree size:          " + now.size() + "\ncheckpoint root:    " + now.root().base64()
                            + "\nrecomputed root:    " + recomputed.base64() + "\n");
        }
    }

    /**
     * The tree served now must extend the one verified before: the same root at the old size, and a consistency
     * proof, computed from the served tiles, that verifies between the two checkpoints.
     */
    void requireConsistency(Checkpoint before, Checkpoint now, TreeAudit.Outcome outcome) {
        List<Hash> proof = ConsistencyProof.prove(before.size(), now.size(), outcome.tiles());
        String evidence = "previous size:       " + before.size() + "\nprevious root:       " + before.root().base64()
                + "\nrecomputed root at previous size: " + outcome.rootAtPreviousSize().base64()
                + "\nnew size:            " + now.size() + "\nnew root:            " + now.root().base64()
                + "\nconsistency proof (from the served tiles):\n" + proofLines(proof);
        try {
            ConsistencyProof.verify(before.size(), now.size(), before.root(), now.root(), proof);
        } catch (ProofException e) {
            throw new VerificationFailure("the log is not consistent with the checkpoint verified before: "
                    + e.reason(), evidence + "proof check:         " + e.getMessage() + "\n");
        }
        if (!outcome.rootAtPreviousSize().equals(before.root())) {
            throw new VerificationFailure("the log is not consistent with the checkpoint verified before: "
                    + "its tree at size " + before.size() + " has another root", evidence);
        }
    }

    private static String proofLines(List<Hash> proof) {
        if (proof.isEmpty()) {
            return "  (empty)\n";
        }
        StringBuilder lines = new StringBuilder();
        for (Hash hash : proof) {
            lines.append("  ").append(hash.base64()).append('\n');
        }
        return lines.toString();
    }
}
