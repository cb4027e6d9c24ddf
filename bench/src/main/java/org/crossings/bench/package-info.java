/**
 * Benchmarks of Crossings, each measured against a baseline in the same run on the same machine, so that a noisy
 * machine moves both figures together and the ratio stays meaningful: append throughput of the log writer against
 * plain batched INSERTs ({@link org.crossings.bench.AppendBench}), a full audit of a 1,000,000-entry log against the
 * SHA-256 work it cannot avoid ({@link org.crossings.bench.VerifyBench}), and the server's start-up time and memory
 * ({@link org.crossings.bench.StartupBench}). Run them with {@code bench/run}; BENCHMARKS.md has the figures.
 */
package org.crossings.bench;
