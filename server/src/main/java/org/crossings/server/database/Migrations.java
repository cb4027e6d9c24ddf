package org.crossings.server.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The schema, brought up to date: first the log's own tables ({@code classpath:db/tlog}, shipped by the tlog module,
 * history in {@code tlog_schema_history}), then the server's ({@code classpath:db/migration}, history in
 * {@code flyway_schema_history}). Each set is versioned on its own, so the modules never compete for a version.
 */
public final class Migrations {

    private Migrations() {
    }

    public static void apply(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/tlog").table("tlog_schema_history")
                .baselineOnMigrate(true).baselineVersion("0")
                .load().migrate();
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration").table("flyway_schema_history")
                .baselineOnMigrate(true).baselineVersion("0")
                .load().migrate();
    }
}
