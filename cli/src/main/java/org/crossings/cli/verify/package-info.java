/**
 * {@code crossings verify}: fetches every entry bundle and hash tile a log's checkpoint implies
 * (https://c2sp.org/tlog-tiles) with tlog's client ({@code org.crossings.tlog.client}), recomputes the RFC 9162 tree
 * from the entries, and checks every tile, the signed checkpoint (https://c2sp.org/tlog-checkpoint) and its
 * consistency with the checkpoint verified last time.
 */
package org.crossings.cli.verify;
