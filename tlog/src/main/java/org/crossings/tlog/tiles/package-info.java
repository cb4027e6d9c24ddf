/**
 * The static, cacheable read side of the log as <a href="https://c2sp.org/tlog-tiles">C2SP tlog-tiles</a> defines
 * it: paths of hash tiles and entry bundles, their byte formats, which of them a tree of a given size has, and
 * {@link org.crossings.tlog.tiles.TiledNodeHashes}, which answers Merkle node hashes (hence roots and proofs) from
 * tiles alone.
 */
package org.crossings.tlog.tiles;
