package org.crossings.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cluster-wide counters of the server's embedded PostgreSQL, read over one JDBC connection of its own on the port
 * in {@code postmaster.pid}: committed transactions (all databases; every statement run in auto-commit mode, reads included, is one), WAL bytes written, WAL flushes. The statistics
 * are those a backend has reported so far (at most a second late), so read them over steps of many seconds.
 */
final class PostgresCounters implements AutoCloseable {

    private final Connection connection;

    PostgresCounters(Path dataDir) throws Exception {
        String port = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(3).strip();
        this.connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "");
        connection.setAutoCommit(true);
    }

    /** {@code pg transactions}, {@code pg wal bytes}, {@code pg wal syncs}. */
    synchronized Map<String, Long> sample() {
        Map<String, Long> counters = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT (SELECT sum(xact_commit) FROM pg_stat_database), "
                     + "pg_current_wal_lsn() - '0/0'::pg_lsn, (SELECT wal_sync FROM pg_stat_wal)")) {
            row.next();
            counters.put("pg transactions", row.getLong(1));
            counters.put("pg wal bytes", row.getLong(2));
            counters.put("pg wal syncs", row.getLong(3));
        } catch (SQLException failure) {
            System.out.println("postgres counters unreadable: " + failure.getMessage());
        }
        return counters;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
