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

    private final EmbeddedPostgres postgres;
    private final HikariDataSource pool;

    private BenchDatabase(EmbeddedPostgres postgres, HikariDataSource pool) {
        this.postgres = postgres;
        this.pool = pool;
    }

    /** Starts PostgreSQL (synchronous_commit on, its default) and migrates a new database {@code bench}. */
    public static BenchDatabase start() {
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
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

    /** The server's version string, e.g. {@code 17.5}. */
    public String version() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not read the PostgreSQL version", failure);
        }
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
