/**
 * How fast {@link org.crossings.server.agreement.Eligibility} answers, as issue 3 asks ("thousands of agreements,
 * microseconds per check"): a check against one agreement is the baseline, measured in the same run as checks
 * against thousands spread over many ways, thousands on the checked way (the worst case), and building the index.
 * Run it with {@code bench/run eligibility} ({@code ./crossings bench eligibility}); BENCHMARKS.md has the figures.
 */
package org.crossings.bench.eligibility;
