package org.crossings.server.travel.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.crossings.server.agreement.DemoWorld;
import org.crossings.server.database.Migrations;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.CaseStatus;
import org.crossings.server.travel.TravellerCase;
import org.crossings.server.travel.CaseEventType;
import org.crossings.tlog.storage.EmbeddedLogDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cases read model in PostgreSQL, on a pool as small as it can be. */
class PostgresCasesTest {

    private static EmbeddedLogDatabase postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = new EmbeddedLogDatabase();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void a_case_and_its_entries_are_read_with_a_single_connection_so_concurrent_reads_cannot_deadlock_the_pool() {
        String database = postgres.freshDatabaseName();
        Migrations.apply(postgres.database(database)); // Flyway itself takes two connections
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl(database));
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(1_000);
        try (HikariDataSource oneConnection = new HikariDataSource(config)) {
            JdbcClient jdbc = JdbcClient.create(oneConnection);
            CaseReference reference = CaseReference.random();
            Instant opened = Instant.parse("2026-11-29T10:00:00Z");
            jdbc.sql("INSERT INTO travel_cases (reference, status, passage, direction_from, direction_to, category,"
                    + " opened_at, data_recipients, document_recipients) VALUES (?, 'awaiting-exit', 'MARGARA-ALICAN',"
                    + " 'AM-MARGARA', 'TR-ALICAN', 'travellers', ?, '{ARM,TUR}', '{ARM,TUR}')")
                    .params(reference.value(), Timestamp.from(opened)).update();
            jdbc.sql("INSERT INTO travel_case_entries (log_index, reference, type, at, actor, recipients)"
                    + " VALUES (40, ?, ?, ?, 'ARM', '{ARM,TUR}')")
                    .params(reference.value(), CaseEventType.TAKEN_IN.type().value(), Timestamp.from(opened)).update();
            Optional<TravellerCase> found = new PostgresCases(jdbc, DemoWorld.load().places()).find(reference);

            assertThat(found).hasValueSatisfying(travellerCase -> {
                assertThat(travellerCase.status()).isEqualTo(CaseStatus.AWAITING_EXIT);
                assertThat(travellerCase.entries()).hasSize(1);
            });
        }
    }
}
