package org.crossings.tlog.proof;

import java.util.Objects;
import org.crossings.tlog.merkle.Hash;

/**
 * A well-formed receipt that does not prove what it claims. It names the step that failed and carries the receipt,
 * the leaf hash that was checked and, as its cause, the step's own evidence (the note's failed signature, the witness
 * quorum, or the Merkle {@link org.crossings.tlog.merkle.ProofException} with computed and expected roots).
 */
public final class ReceiptVerificationException extends RuntimeException {

    /** The verification step that failed. */
    public enum Step { CHECKPOINT_SIGNATURE, WITNESS_POLICY, INCLUSION_PROOF }

    private final Step step;
    private final transient Receipt receipt;
    private final transient Hash leafHash;

    ReceiptVerificationException(Step step, Receipt receipt, Hash leafHash, RuntimeException cause) {
        super("receipt for leaf " + leafHash + " at index " + receipt.index() + " of tree size "
                + receipt.checkpoint().checkpoint().size() + ": " + describe(step) + ": " + cause.getMessage(), cause);
        this.step = Objects.requireNonNull(step, "step");
        this.receipt = receipt;
        this.leafHash = leafHash;
    }

    public Step step() {
        return step;
    }

    public Receipt receipt() {
        return receipt;
    }

    public Hash leafHash() {
        return leafHash;
    }

    private static String describe(Step step) {
        return switch (step) {
            case CHECKPOINT_SIGNATURE -> "the checkpoint is not signed by the log";
            case WITNESS_POLICY -> "the checkpoint is not cosigned by enough witnesses";
            case INCLUSION_PROOF -> "the inclusion proof does not lead to the checkpoint's root";
        };
    }
}
