package org.crossings.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.crossings.server.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a database URL, Crossings uses that PostgreSQL (here a separate one) and starts none of its own. */
class ExternalDatabaseTest {

    @Test
    void with_a_database_url_the_server_migrates_and_uses_that_database(@TempDir Path data) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
                RunningServer server = RunningServer.start(data,
                        "--crossings.db.url=" + external.getJdbcUrl("postgres", "postgres"),
                        "--crossings.db.user=postgres")) {

            assertThat(server.get("/health").statusCode()).isEqualTo(200);
            assertThat(server.get("/log/checkpoint").statusCode()).isEqualTo(200);
            assertThat(Files.exists(data.resolve("postgres"))).as("no embedded database was started").isFalse();
            try (Connection connection = external.getPostgresDatabase().getConnection();
                    ResultSet tables = connection.createStatement().executeQuery(
                            "SELECT count(*) FROM tlog_schema_history WHERE success")) {
                tables.next();
                assertThat(tables.getInt(1)).isPositive();
            }
        }
    }
}
