package org.crossings.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A fresh embedded PostgreSQL (its own initdb in a new temporary directory) holding one database with the log's
 * tables, migrated as the server migrates them (Flyway, {@code classpath:db/tlog}, history {@code tlog_schema_history}).
 * Connections are pooled by Hikari like the server's: opening a PostgreSQL connection costs milliseconds, which
 * would otherwise be charged to every batch.
 */
public final class BenchDatabase implements AutoCloseable {

    /** Flyway's per-migration INFO lines would bury JMH's output; held here so the setting is not collected. */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");

    private final EmbeddedPostgres postgres;
    private final HikariDataSource pool;

    private BenchDatabase(EmbeddedPostgres postgres, HikariDataSource pool) {
        this.postgres = postgres;
        this.pool = pool;
    }

    /**
     * Starts PostgreSQL and migrates a new database {@code bench}. Durable, as PostgreSQL is by default: zonky starts
     * it with {@code -F} (fsync off) and {@code synchronous_commit=off}, which would let the benchmark acknowledge
     * entries a power cut can still lose, so both are turned back on ({@code -c} options come after {@code -F} and
     * win). The system property {@code crossings.bench.synchronous-commit} may turn commits asynchronous again, to
     * measure what that buys.
     */
    public static BenchDatabase start() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", System.getProperty("crossings.bench.synchronous-commit", "on"))
                    .start();
        } catch (IOException failure) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", failure);
        }
        execute(postgres.getPostgresDatabase(), "CREATE DATABASE bench");
        HikariConfig config = new HikariConfig();
        config.setPoolName("bench");
        config.setMaximumPoolSize(8);
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "bench"));
        config.setUsername("postgres");
        HikariDataSource pool = new HikariDataSource(config);
        Flyway.configure().dataSource(pool).locations("classpath:db/tlog").table("tlog_schema_history")
                .load().migrate();
        return new BenchDatabase(postgres, pool);
    }

    /** Pooled connections to the migrated database. */
    public DataSource dataSource() {
        return pool;
    }

    /** The server's version and durability settings, e.g. {@code PostgreSQL 17.11 (fsync on, ...)}. */
    public String settings() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_setting('server_version'), "
                     + "current_setting('fsync'), current_setting('synchronous_commit'), "
                     + "current_setting('wal_sync_method')")) {
            rows.next();
            return "PostgreSQL " + rows.getString(1) + " (fsync " + rows.getString(2) + ", synchronous_commit "
                    + rows.getString(3) + ", wal_sync_method " + rows.getString(4) + ")";
        } catch (SQLException failure) {
            throw new IllegalStateException("could not read the PostgreSQL settings", failure);
        }
    }

    /**
     * The WAL insert position in bytes: the difference over some work is the WAL that work wrote (exact, unlike
     * {@code pg_stat_wal}, which backends report only now and then).
     */
    public long walBytes() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not read the WAL position", failure);
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    static void execute(DataSource database, String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not run \"" + sql + "\"", failure);
        }
    }

    @Override
    public void close() {
        pool.close();
        try {
            postgres.close();
        } catch (IOException failure) {
            throw new UncheckedIOException("could not stop embedded PostgreSQL", failure);
        }
    }
}
