package org.crossings.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.IterationParams;

/**
 * The baseline for {@link LogWriterAppendBenchmark}: what PostgreSQL itself does on this machine with the same work
 * and nothing else. One writer inserts batches of {@code batchSize} entries of the same sizes into a table of the
 * same shape ({@code idx BIGINT PRIMARY KEY, data BYTEA}) as one JDBC batch, one transaction per batch, with
 * synchronous commit on. One operation is one committed batch: entries/s is the score times {@code batchSize}.
 *
 * <p>Two ways to send a batch: {@code jdbc-batch}, one prepared {@code INSERT ... VALUES (?, ?)} per row sent as one
 * JDBC batch (the textbook way), and {@code unnest}, one statement inserting every row from two arrays (what
 * {@code PostgresLogStorage} does for its entries), so the writer is compared with both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class PlainInsertBenchmark {

    @Param({"64", "1024"})
    public int batchSize;

    @Param({"unnest", "jdbc-batch"})
    public String statement;

    private BenchDatabase database;
    private Connection connection;
    private PreparedStatement insert;
    private final Entries entries = new Entries(0);
    private long next;
    private long iterationFirst;
    private long walStart;

    @Setup(Level.Trial)
    public void createTable() throws SQLException {
        database = BenchDatabase.start();
        BenchDatabase.execute(database.dataSource(),
                "CREATE TABLE plain_entries (idx BIGINT PRIMARY KEY CHECK (idx >= 0), data BYTEA NOT NULL)");
        connection = database.dataSource().getConnection();
        connection.setAutoCommit(false);
        insert = connection.prepareStatement(statement.equals("unnest")
                ? "INSERT INTO plain_entries (idx, data) SELECT ? + t.ord - 1, t.data "
                        + "FROM unnest(?::bytea[]) WITH ORDINALITY AS t(data, ord)"
                : "INSERT INTO plain_entries (idx, data) VALUES (?, ?)");
    }

    @Setup(Level.Iteration)
    public void startRecording() {
        iterationFirst = next;
        walStart = database.walBytes();
    }

    @TearDown(Level.Iteration)
    public void recordProfile(IterationParams iteration) {
        ProfileLines.add(String.format(java.util.Locale.ROOT, "%s baseline, %s, %s, batches of %d: WAL %.0f bytes/entry",
                iteration.getType(), database.settings(), statement, batchSize,
                (database.walBytes() - walStart) / (double) Math.max(1, next - iterationFirst)));
    }

    @Benchmark
    public long insertBatch() throws SQLException {
        if (statement.equals("unnest")) {
            byte[][] rows = new byte[batchSize][];
            for (int i = 0; i < batchSize; i++) {
                rows[i] = entries.next();
            }
            insert.setLong(1, next);
            insert.setArray(2, connection.createArrayOf("bytea", rows));
            insert.executeUpdate();
            next += batchSize;
        } else {
            addRows();
            insert.executeBatch();
        }
        connection.commit();
        return next;
    }

    private void addRows() throws SQLException {
        for (int i = 0; i < batchSize; i++) {
            insert.setLong(1, next++);
            insert.setBytes(2, entries.next());
            insert.addBatch();
        }
    }

    @TearDown(Level.Trial)
    public void dropDatabase() throws SQLException {
        insert.close();
        connection.close();
        database.close();
    }
}
