/**
 * Witness cosignatures after <a href="https://c2sp.org/tlog-cosignature">C2SP tlog-cosignature</a> (the timestamped
 * Ed25519 kind, signature type 0x04) and a k-of-n {@link org.crossings.tlog.witness.WitnessPolicy}.
 *
 * <p>A log alone can show different histories to different parties; a checkpoint that enough independent witnesses
 * cosigned, each after checking it is consistent with what it saw before, cannot be a split view unless they collude.
 *
 * <p>{@link org.crossings.tlog.witness.Witness} is such a witness after <a href="https://c2sp.org/tlog-witness">C2SP
 * tlog-witness</a>, its state behind {@link org.crossings.tlog.witness.WitnessState}; the command line serves it
 * over HTTP.
 */
package org.crossings.tlog.witness;
