/**
 * The client side of the log: fetching a log's checkpoint, hash tiles and entry bundles from its HTTP prefix as
 * <a href="https://c2sp.org/tlog-tiles">C2SP tlog-tiles</a> publishes them, with the JDK's HTTP client.
 * {@link org.crossings.tlog.client.HttpLog} fetches (retrying transient failures, falling back from a deleted partial
 * tile to its full tile, telling "the log does not have it" apart from "the log cannot be reached");
 * {@link org.crossings.tlog.client.OrderedFetches} keeps several fetches in flight in a plan's order; and
 * {@link org.crossings.tlog.client.HttpResources} presents the prefix to the readers ({@code audit.LogResources},
 * {@code tiles.TileSource}), so that {@code crossings verify} and a party node's mirror share one implementation.
 *
 * <p>A reader: it trusts nothing it fetches (whoever reads it recomputes it) and never depends on the writer
 * ({@code log}, {@code storage}).
 */
package org.crossings.tlog.client;
