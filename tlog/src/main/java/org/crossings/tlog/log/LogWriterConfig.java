package org.crossings.tlog.log;

import java.time.Duration;

/**
 * How a {@link LogWriter} sequences and publishes.
 *
 * @param origin the log's origin line, as its checkpoints carry it (e.g. {@code crossings.example/log})
 * @param maxBatchSize most entries committed in one storage batch (group commit)
 * @param maxBatchWait how long the sequencer waits for more entries once it has some; zero commits whatever is
 *     queued at once (entries that arrive during a commit still form the next batch together)
 * @param checkpointInterval how often a checkpoint is signed when the tree grew
 * @param maxPending most entries queued and not yet committed; beyond, appends are refused at once (back pressure)
 */
public record LogWriterConfig(String origin, int maxBatchSize, Duration maxBatchWait, Duration checkpointInterval,
        int maxPending) {

    public LogWriterConfig {
        if (origin == null || origin.isBlank() || origin.contains("\n")) {
            throw new IllegalArgumentException("log writer config: origin \"" + origin
                    + "\" must be one non-empty line");
        }
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("log writer config: max batch size " + maxBatchSize + " must be >= 1");
        }
        if (maxBatchWait == null || maxBatchWait.isNegative()) {
            throw new IllegalArgumentException("log writer config: max batch wait " + maxBatchWait
                    + " must not be negative");
        }
        if (checkpointInterval == null || checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("log writer config: checkpoint interval " + checkpointInterval
                    + " must be positive");
        }
        if (maxPending < maxBatchSize) {
            throw new IllegalArgumentException("log writer config: max pending " + maxPending
                    + " must be at least the max batch size " + maxBatchSize);
        }
    }

    /** Batches of up to 1024 entries, no extra wait, a checkpoint every second, 100 000 entries queued at most. */
    public static LogWriterConfig defaults(String origin) {
        return new LogWriterConfig(origin, 1024, Duration.ZERO, Duration.ofSeconds(1), 100_000);
    }

    public LogWriterConfig withMaxBatchSize(int size) {
        return new LogWriterConfig(origin, size, maxBatchWait, checkpointInterval, Math.max(maxPending, size));
    }

    public LogWriterConfig withMaxBatchWait(Duration wait) {
        return new LogWriterConfig(origin, maxBatchSize, wait, checkpointInterval, maxPending);
    }

    public LogWriterConfig withCheckpointInterval(Duration interval) {
        return new LogWriterConfig(origin, maxBatchSize, maxBatchWait, interval, maxPending);
    }
}
