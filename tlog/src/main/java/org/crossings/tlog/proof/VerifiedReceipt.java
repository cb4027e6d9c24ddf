package org.crossings.tlog.proof;

import java.util.Objects;
import java.util.Optional;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.witness.WitnessQuorum;

/**
 * A receipt that checked: the leaf is at {@code receipt.index()} in the tree the log signed, and, if a witness policy
 * was given, enough witnesses cosigned that tree.
 */
public record VerifiedReceipt(Receipt receipt, Hash leafHash, Optional<WitnessQuorum> witnesses) {

    public VerifiedReceipt {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(leafHash, "leafHash");
        Objects.requireNonNull(witnesses, "witnesses");
    }

    public Checkpoint checkpoint() {
        return receipt.checkpoint().checkpoint();
    }
}
