package org.crossings.tlog.proof;

import java.util.Objects;
import java.util.Optional;
import org.crossings.tlog.checkpoint.CheckpointException;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.InclusionProof;
import org.crossings.tlog.merkle.ProofException;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.NoteException;
import org.crossings.tlog.note.NoteVerifier;
import org.crossings.tlog.witness.WitnessPolicy;
import org.crossings.tlog.witness.WitnessPolicyException;
import org.crossings.tlog.witness.WitnessQuorum;

/**
 * What a relying party trusts when it checks receipts offline: the log's key, the log's origin, and optionally the
 * witnesses that must have cosigned.
 *
 * <p>The order of checks matters: the checkpoint's signature first (its text means nothing before), then the
 * witnesses, then the inclusion proof against the now trusted root.
 *
 * @param origin    the origin the checkpoint must carry (the log key's name, unless the log says otherwise)
 * @param log       the log's checkpoint-signing key
 * @param witnesses the witness policy to require, if any
 */
public record ReceiptVerifier(String origin, NoteVerifier log, Optional<WitnessPolicy> witnesses) {

    public ReceiptVerifier {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(witnesses, "witnesses");
    }

    /** Trusts the log's key, with the key name as origin and no witnesses required. */
    public static ReceiptVerifier of(NoteVerifier log) {
        return new ReceiptVerifier(log.name(), log, Optional.empty());
    }

    public ReceiptVerifier withOrigin(String expectedOrigin) {
        return new ReceiptVerifier(expectedOrigin, log, witnesses);
    }

    public ReceiptVerifier withWitnesses(WitnessPolicy policy) {
        return new ReceiptVerifier(origin, log, Optional.of(policy));
    }

    /** Checks the receipt for the entry bytes, hashed as an RFC 6962 leaf. */
    public VerifiedReceipt verify(Receipt receipt, byte[] entry) {
        return verify(receipt, TreeHash.leaf(entry));
    }

    /**
     * Checks the receipt for a leaf hash.
     *
     * @throws ReceiptVerificationException naming the failed step, with the receipt, the leaf hash and the evidence
     */
    public VerifiedReceipt verify(Receipt receipt, Hash leafHash) {
        SignedCheckpoint signed = receipt.checkpoint();
        try {
            SignedCheckpoint.open(signed.note(), origin, log);
        } catch (NoteException | CheckpointException e) {
            throw new ReceiptVerificationException(ReceiptVerificationException.Step.CHECKPOINT_SIGNATURE, receipt,
                    leafHash, e);
        }
        Optional<WitnessQuorum> quorum;
        try {
            quorum = witnesses.map(policy -> policy.require(signed.note()));
        } catch (WitnessPolicyException e) {
            throw new ReceiptVerificationException(ReceiptVerificationException.Step.WITNESS_POLICY, receipt,
                    leafHash, e);
        }
        try {
            InclusionProof.verify(receipt.index(), signed.checkpoint().size(), leafHash, receipt.proof(),
                    signed.checkpoint().root());
        } catch (ProofException e) {
            throw new ReceiptVerificationException(ReceiptVerificationException.Step.INCLUSION_PROOF, receipt,
                    leafHash, e);
        }
        return new VerifiedReceipt(receipt, leafHash, quorum);
    }
}
