package org.crossings.server.people;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.crossings.server.RunningServer;
import org.flywaydb.core.Flyway;

/**
 * A new, empty, migrated database in the shared test server's embedded PostgreSQL: as real as the server's own, but
 * free of what other tests put there, and much cheaper than another PostgreSQL.
 */
public final class FreshPeopleDatabase {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private FreshPeopleDatabase() {
    }

    public static DataSource create() {
        return create("latest");
    }

    /** A new database migrated up to {@code version} only ("latest" for all), to test a migration on old rows. */
    public static DataSource create(String version) {
        DataSource server = RunningServer.shared().bean(DataSource.class);
        String name = "people_test_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            String url = connection.getMetaData().getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            config.setUsername(connection.getMetaData().getUserName());
            config.setMaximumPoolSize(2);
            HikariDataSource dataSource = new HikariDataSource(config);
            migrate(dataSource, version);
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
    }

    /** Migrates {@code database} up to {@code version} ("latest" for all). */
    public static void migrate(DataSource database, String version) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .table("flyway_schema_history").target(version).load().migrate();
    }
}
