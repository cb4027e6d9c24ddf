package org.crossings.server.travel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.crossings.server.database.Migrations;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.RouteId;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.Mrz;
import org.crossings.server.travel.Passports;
import org.crossings.server.travel.PendingPreregistration;
import org.crossings.server.travel.Preregistration;
import org.crossings.server.travel.Purpose;
import org.crossings.server.travel.TravellerSecret;
import org.crossings.tlog.storage.EmbeddedLogDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pre-registrations kept in PostgreSQL, apart from the log: found until they expire, then forgotten. */
class PostgresPreregistrationsTest {

    private static final Instant MADE = Instant.parse("2026-11-29T10:00:00Z");
    private static EmbeddedLogDatabase postgres;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startPostgres() {
        postgres = new EmbeddedLogDatabase();
        String database = postgres.freshDatabaseName();
        Migrations.apply(postgres.database(database));
        jdbc = JdbcClient.create(postgres.database(database));
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private final PostgresPreregistrations preregistrations = new PostgresPreregistrations(jdbc);

    @Test
    void a_preregistration_is_found_as_it_was_kept_with_its_secrets_hash_until_it_expires() {
        TravellerSecret secret = TravellerSecret.random();
        PendingPreregistration kept = pending(Instant.parse("2026-12-04T20:00:00Z"), secret);

        preregistrations.keep(kept);

        assertThat(preregistrations.find(kept.reference(), MADE)).contains(kept);
        assertThat(preregistrations.find(kept.reference(), kept.expiresAt())).as("expired, not purged yet").isEmpty();
        assertThat(preregistrations.exists(kept.reference())).isTrue();
        assertThat(secret.matches(preregistrations.find(kept.reference(), MADE).orElseThrow().secretHash())).isTrue();
    }

    @Test
    void a_route_is_read_back_as_a_route_and_a_reference_is_kept_once() {
        PendingPreregistration onTheRoute = new PendingPreregistration(CaseReference.random(), new Preregistration(
                Mrz.parse(Passports.ordinary("AZE", "ALIYEV", "LEYLA")), Purpose.FAMILY, RouteId.of("SYUNIK"),
                Direction.of("AZ-AGHBAND", "AZ-ORDUBAD"), LocalDate.parse("2026-12-01")),
                TravellerSecret.random().hash(), MADE, Instant.parse("2026-12-04T20:00:00Z"));

        preregistrations.keep(onTheRoute);

        assertThat(preregistrations.find(onTheRoute.reference(), MADE).orElseThrow().trip().passage())
                .isEqualTo(RouteId.of("SYUNIK"));
        assertThatThrownBy(() -> preregistrations.keep(onTheRoute)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is kept already");
    }

    @Test
    void expired_preregistrations_are_purged_and_the_others_kept() {
        PendingPreregistration early = pending(Instant.parse("2026-12-01T00:00:00Z"), TravellerSecret.random());
        PendingPreregistration late = pending(Instant.parse("2026-12-09T00:00:00Z"), TravellerSecret.random());
        preregistrations.keep(early);
        preregistrations.keep(late);

        int purged = preregistrations.purge(Instant.parse("2026-12-05T00:00:00Z"));

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(preregistrations.exists(early.reference())).isFalse();
        assertThat(preregistrations.exists(late.reference())).isTrue();
        preregistrations.remove(late.reference());
        assertThat(preregistrations.exists(late.reference())).as("taken in: forgotten").isFalse();
    }

    private static PendingPreregistration pending(Instant expiresAt, TravellerSecret secret) {
        return new PendingPreregistration(CaseReference.random(), new Preregistration(
                Mrz.parse(Passports.ordinary("FRA", "MARTIN", "CLAIRE")), Purpose.TOURISM,
                CrossingPointId.of("MARGARA-ALICAN"), Direction.of("AM-MARGARA", "TR-ALICAN"),
                LocalDate.parse("2026-12-01")), secret.hash(), MADE, expiresAt);
    }
}
