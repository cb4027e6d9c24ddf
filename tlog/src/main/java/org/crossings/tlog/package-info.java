/**
 * A transparency log after RFC 9162 and the C2SP tlog specifications
 * (<a href="https://c2sp.org/tlog-tiles">tlog-tiles</a>, <a href="https://c2sp.org/tlog-checkpoint">tlog-checkpoint</a>,
 * <a href="https://c2sp.org/signed-note">signed-note</a>, <a href="https://c2sp.org/tlog-cosignature">tlog-cosignature</a>,
 * <a href="https://c2sp.org/tlog-proof">tlog-proof</a>).
 *
 * <p>Readers and verifiers ({@code merkle}, {@code note}, {@code checkpoint}, {@code tiles}, {@code witness},
 * {@code proof}, {@code audit}) and the client that fetches a log over HTTP ({@code client}) never depend on the
 * writer ({@code log}, {@code storage}), so any party can check the log with this module alone.
 */
package org.crossings.tlog;
