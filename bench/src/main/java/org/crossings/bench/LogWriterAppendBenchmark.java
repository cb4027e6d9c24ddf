package org.crossings.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.log.LogWriterConfig;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.storage.PostgresLogStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Durable appends through {@link LogWriter} on {@link PostgresLogStorage}, on a fresh embedded PostgreSQL per trial.
 * Each JMH thread is one appender that waits for its entry's index (the acknowledgement that it is committed) before
 * it appends the next, so the score is entries acknowledged per second with {@code threads} appenders in flight.
 * With {@code window} above 1 each thread appends that many entries before it waits for all of them (one operation
 * is then {@code window} entries): as many entries in flight from fewer threads, which tells the cost of waking one
 * waiting thread per entry apart from the cost of committing it.
 *
 * <p>After each iteration the storage's record (batches, sizes, commit time, WAL per entry) goes to
 * {@link ProfileLines}, for {@link AppendBench} to summarise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(64)
public class LogWriterAppendBenchmark {

    @Param({"1024"})
    public int maxBatchSize;

    @Param({"0"})
    public int maxBatchWaitMicros;

    @Param({"1"})
    public int window;

    private BenchDatabase database;
    private MeasuredLogStorage storage;
    private LogWriter writer;
    private long iterationStart;
    private long walStart;

    /** One appender's entries, different from every other appender's. */
    @State(Scope.Thread)
    public static class Appender {
        Entries entries;

        @Setup(Level.Trial)
        public void seed(ThreadParams thread) {
            entries = new Entries(thread.getThreadIndex());
        }
    }

    @Setup(Level.Trial)
    public void startWriter() {
        database = BenchDatabase.start();
        storage = new MeasuredLogStorage(new PostgresLogStorage(database.dataSource()));
        LogWriterConfig config = LogWriterConfig.defaults("bench.crossings.example/log")
                .withMaxBatchSize(maxBatchSize)
                .withMaxBatchWait(Duration.ofNanos(maxBatchWaitMicros * 1000L));
        writer = LogWriter.start(storage, Ed25519NoteSigner.generate("bench.crossings.example/log"), config);
    }

    @Setup(Level.Iteration)
    public void startRecording() {
        storage.reset();
        walStart = database.walBytes();
        iterationStart = System.nanoTime();
    }

    @Benchmark
    public long append(Appender appender) {
        if (window == 1) {
            return writer.append(appender.entries.next()).join();
        }
        CompletableFuture<?>[] acknowledgements = new CompletableFuture<?>[window];
        for (int i = 0; i < window; i++) {
            acknowledgements[i] = writer.append(appender.entries.next());
        }
        CompletableFuture.allOf(acknowledgements).join();
        return acknowledgements.length;
    }

    @TearDown(Level.Iteration)
    public void recordProfile(BenchmarkParams benchmark, IterationParams iteration) {
        double seconds = (System.nanoTime() - iterationStart) / 1e9;
        ProfileLines.add(iteration.getType() + " writer, " + database.settings() + ", " + benchmark.getThreads()
                + " appenders x window " + window + ": " + storage.summary(seconds, database.walBytes() - walStart));
    }

    @TearDown(Level.Trial)
    public void stopWriter() {
        writer.close();
        database.close();
    }
}
