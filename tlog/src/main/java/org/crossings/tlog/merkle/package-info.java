/**
 * Merkle tree hashing, compact ranges and proofs as defined by
 * <a href="https://www.rfc-editor.org/rfc/rfc9162#section-2.1">RFC 9162 §2.1</a> (unchanged from RFC 6962 §2.1).
 *
 * <p>Everything here is pure computation over {@link org.crossings.tlog.merkle.Hash} values: storage is reached only
 * through {@link org.crossings.tlog.merkle.NodeHashes}, so verifiers can use this package on its own.
 */
package org.crossings.tlog.merkle;
