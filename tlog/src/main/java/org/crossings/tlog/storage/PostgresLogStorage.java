package org.crossings.tlog.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A {@link LogStorage} in PostgreSQL, over plain JDBC, in the tables of the Flyway migrations under
 * {@code classpath:db/tlog}.
 *
 * <p>A batch is one transaction that first locks the single {@code tlog_state} row: that lock orders concurrent
 * writers, so the size check and the insert cannot interleave. Entries and tiles go in as one multi-row statement
 * each ({@code unnest} of arrays), so a batch costs a handful of round trips whatever its size. Tiles only grow:
 * the upsert's {@code WHERE} clause leaves a tile alone unless the new bytes begin with the stored ones, and a batch
 * where any tile was left alone is rolled back.
 */
public final class PostgresLogStorage implements LogStorage {

    private static final String LOCK_STATE = "SELECT size, root FROM tlog_state FOR UPDATE";
    private static final String INSERT_ENTRIES = "INSERT INTO tlog_entries (idx, data) "
            + "SELECT ? + t.ord - 1, t.data FROM unnest(?::bytea[]) WITH ORDINALITY AS t(data, ord)";
    private static final String UPSERT_TILES = "INSERT INTO tlog_tiles AS s (level, idx, hashes) "
            + "SELECT * FROM unnest(?::int[], ?::bigint[], ?::bytea[]) "
            + "ON CONFLICT (level, idx) DO UPDATE SET hashes = EXCLUDED.hashes "
            + "WHERE length(EXCLUDED.hashes) >= length(s.hashes) "
            + "AND substring(EXCLUDED.hashes FROM 1 FOR length(s.hashes)) = s.hashes";
    private static final String UPDATE_STATE = "UPDATE tlog_state SET size = ?, root = ?";
    private static final String LATEST_CHECKPOINT =
            "SELECT size, note FROM tlog_checkpoints ORDER BY seq DESC LIMIT 1";

    private final DataSource dataSource;

    /** @param dataSource connections to a database migrated with {@code classpath:db/tlog} */
    public PostgresLogStorage(DataSource dataSource) {
        if (dataSource == null) {
            throw new IllegalArgumentException("postgres log storage: data source is required");
        }
        this.dataSource = dataSource;
    }

    @Override
    public Optional<TreeState> state() {
        return query("SELECT size, root FROM tlog_state", statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                long size = rows.getLong(1);
                return size == 0 ? Optional.<TreeState>empty() : Optional.of(new TreeState(size, rows.getBytes(2)));
            }
        });
    }

    @Override
    public void commit(Batch batch) {
        inTransaction("commit batch at " + batch.firstIndex(), connection -> {
            long storedSize = lockedSize(connection);
            if (storedSize != batch.firstIndex()) {
                throw new StaleBatchException(storedSize, batch.firstIndex());
            }
            insertEntries(connection, batch);
            upsertTiles(connection, batch);
            try (PreparedStatement update = connection.prepareStatement(UPDATE_STATE)) {
                update.setLong(1, batch.state().size());
                update.setBytes(2, batch.state().root());
                update.executeUpdate();
            }
            return null;
        });
    }

    private static long lockedSize(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_STATE); ResultSet rows = lock.executeQuery()) {
            if (!rows.next()) {
                throw new LogStorageException("tlog_state has no row: was the db/tlog migration applied?");
            }
            return rows.getLong(1);
        }
    }

    private static void insertEntries(Connection connection, Batch batch) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTRIES)) {
            insert.setLong(1, batch.firstIndex());
            insert.setArray(2, connection.createArrayOf("bytea", batch.entries().toArray(byte[][]::new)));
            insert.executeUpdate();
        }
    }

    private static void upsertTiles(Connection connection, Batch batch) throws SQLException {
        List<StoredTile> tiles = batch.tiles();
        if (tiles.isEmpty()) {
            return;
        }
        Integer[] levels = tiles.stream().map(StoredTile::level).toArray(Integer[]::new);
        Long[] indexes = tiles.stream().map(StoredTile::index).toArray(Long[]::new);
        byte[][] hashes = tiles.stream().map(StoredTile::hashes).toArray(byte[][]::new);
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_TILES)) {
            upsert.setArray(1, connection.createArrayOf("int4", levels));
            upsert.setArray(2, connection.createArrayOf("int8", indexes));
            upsert.setArray(3, connection.createArrayOf("bytea", hashes));
            int written = upsert.executeUpdate();
            if (written != tiles.size()) {
                throw new BatchRejectedException("batch at " + batch.firstIndex() + " rejected: only " + written
                        + " of its " + tiles.size() + " tiles could be written, the others would change rather than"
                        + " grow a stored tile: " + tiles);
            }
        }
    }

    @Override
    public List<byte[]> entries(long start, int count) {
        if (start < 0 || count < 0) {
            throw new IllegalArgumentException("entries: start " + start + " and count " + count + " must not be negative");
        }
        return query("SELECT data FROM tlog_entries WHERE idx >= ? AND idx < ? ORDER BY idx", statement -> {
            statement.setLong(1, start);
            statement.setLong(2, start + count);
            List<byte[]> entries = new ArrayList<>(Math.min(count, 4096));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(rows.getBytes(1));
                }
            }
            return entries;
        });
    }

    @Override
    public Optional<byte[]> tile(int level, long index) {
        return query("SELECT hashes FROM tlog_tiles WHERE level = ? AND idx = ?", statement -> {
            statement.setInt(1, level);
            statement.setLong(2, index);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.<byte[]>empty();
            }
        });
    }

    @Override
    public void publish(PublishedCheckpoint checkpoint) {
        inTransaction("publish checkpoint of size " + checkpoint.size(), connection -> {
            long treeSize = lockedSize(connection);
            long latest = latest(connection).map(PublishedCheckpoint::size).orElse(-1L);
            if (checkpoint.size() < latest || checkpoint.size() > treeSize) {
                throw new CheckpointRejectedException("checkpoint of size " + checkpoint.size() + " rejected: the"
                        + " latest published has size " + latest + " and the stored tree has size " + treeSize);
            }
            try (PreparedStatement insert =
                         connection.prepareStatement("INSERT INTO tlog_checkpoints (size, note) VALUES (?, ?)")) {
                insert.setLong(1, checkpoint.size());
                insert.setString(2, checkpoint.note());
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<PublishedCheckpoint> latestCheckpoint() {
        try (Connection connection = dataSource.getConnection()) {
            return latest(connection);
        } catch (SQLException failure) {
            throw new LogStorageException("postgres log storage could not read the latest checkpoint: "
                    + failure.getMessage(), failure);
        }
    }

    private static Optional<PublishedCheckpoint> latest(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LATEST_CHECKPOINT);
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(new PublishedCheckpoint(rows.getLong(1), rows.getString(2)))
                    : Optional.empty();
        }
    }

    @Override
    public List<PublishedCheckpoint> checkpoints(long minSize, long maxSize) {
        return query("SELECT size, note FROM tlog_checkpoints WHERE size BETWEEN ? AND ? ORDER BY seq", statement -> {
            statement.setLong(1, minSize);
            statement.setLong(2, maxSize);
            List<PublishedCheckpoint> checkpoints = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    checkpoints.add(new PublishedCheckpoint(rows.getLong(1), rows.getString(2)));
                }
            }
            return checkpoints;
        });
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlStatement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    /** Runs one statement on a connection in auto-commit: reads need no transaction of their own. */
    private <T> T query(String sql, SqlStatement<T> work) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException failure) {
            throw new LogStorageException("postgres log storage could not run \"" + sql + "\": "
                    + failure.getMessage(), failure);
        }
    }

    /** Runs work in one transaction; rolls back on any failure and reports SQL failures as storage failures. */
    private <T> T inTransaction(String what, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException failure) {
                rollback(connection, failure);
                throw failure;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException failure) {
            throw new LogStorageException("postgres log storage could not " + what + ": " + failure.getMessage(),
                    failure);
        }
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
