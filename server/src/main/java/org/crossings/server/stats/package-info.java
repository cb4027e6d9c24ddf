/**
 * Statistics of crossings: cases by outcome per UTC day, passage, direction and category of document; the waits for
 * the exit and the entry decisions and the whole decision time (count, median, 95th percentile by nearest rank); and
 * refusals by step and public reason code.
 *
 * <p>Every figure is computed from envelopes only, which hold no personal data and are public to every party (served
 * as <a href="https://github.com/C2SP/C2SP/blob/main/tlog-tiles.md">C2SP tlog-tiles</a> entry bundles). So any party,
 * or the public, holding the log recomputes the very same numbers with {@link org.crossings.server.stats.CrossingTally}
 * and can check the figures another party publishes. Days are UTC days, for the same reason. Entry refusal reasons are
 * the codes {@code A} to {@code I} of the standard form of Regulation (EU) 2016/399 (Schengen Borders Code), Annex V,
 * Part B.
 */
package org.crossings.server.stats;
