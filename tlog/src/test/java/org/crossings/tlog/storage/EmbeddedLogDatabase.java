package org.crossings.tlog.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * An embedded PostgreSQL for tests, handing out fresh databases with the log's tables migrated exactly as the
 * server migrates them (Flyway, {@code classpath:db/tlog}, history table {@code tlog_schema_history}).
 */
public final class EmbeddedLogDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final AtomicInteger databases = new AtomicInteger();

    public EmbeddedLogDatabase() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException failure) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", failure);
        }
    }

    /** A new, empty, migrated database. */
    public DataSource freshDatabase() {
        return database(freshDatabaseName());
    }

    /** The name of a new, empty, migrated database; see {@link #jdbcUrl(String)} and {@link #database(String)}. */
    public String freshDatabaseName() {
        String name = "tlog_" + databases.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("could not create database " + name, failure);
        }
        migrate(database(name));
        return name;
    }

    public DataSource database(String name) {
        return postgres.getDatabase("postgres", name);
    }

    /** The JDBC URL of a database, user included, for a child process. */
    public String jdbcUrl(String name) {
        return postgres.getJdbcUrl("postgres", name);
    }

    public static void migrate(DataSource database) {
        Flyway.configure().dataSource(database).locations("classpath:db/tlog").table("tlog_schema_history")
                .load().migrate();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
