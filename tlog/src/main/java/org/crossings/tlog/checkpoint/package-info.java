/**
 * Checkpoints after <a href="https://c2sp.org/tlog-checkpoint">C2SP tlog-checkpoint</a>: the signed note whose text
 * is a log's origin, tree size and RFC 6962 root hash, the statement a log makes about its history and witnesses
 * cosign.
 *
 * <p>Parsing is strict (no leading zeros, canonical base64, a final newline) so that one tree head has exactly one
 * text, and therefore one signature that others can compare.
 */
package org.crossings.tlog.checkpoint;
