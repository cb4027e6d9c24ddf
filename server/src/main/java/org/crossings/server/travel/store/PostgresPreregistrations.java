package org.crossings.server.travel.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.RouteId;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.Mrz;
import org.crossings.server.travel.PendingPreregistration;
import org.crossings.server.travel.Preregistration;
import org.crossings.server.travel.Preregistrations;
import org.crossings.server.travel.Purpose;
import org.crossings.tlog.merkle.Hash;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pre-registrations in PostgreSQL ({@code preregistrations}), apart from the log and from its read models: a rebuild
 * neither drops nor replays them, since the log never held them.
 */
public final class PostgresPreregistrations implements Preregistrations {

    private static final String COLUMNS = "reference, secret_hash, mrz, purpose, passage_kind, passage, direction_from, direction_to,"
            + " travel_date, made_at, expires_at";

    private static final String ROUTE = "route";
    private static final String CROSSING_POINT = "crossing-point";

    private final JdbcClient jdbc;

    public PostgresPreregistrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void keep(PendingPreregistration kept) {
        Preregistration trip = kept.trip();
        int added = jdbc.sql("INSERT INTO preregistrations (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (reference) DO NOTHING")
                .params(kept.reference().value(), kept.secretHash().bytes(), trip.document().mrz(),
                        trip.purpose().json(), trip.passage() instanceof RouteId ? ROUTE : CROSSING_POINT,
                        trip.passage().value(), trip.direction().from().value(),
                        trip.direction().to().value(), Date.valueOf(trip.travelDate()), Timestamp.from(kept.madeAt()),
                        Timestamp.from(kept.expiresAt()))
                .update();
        if (added == 0) {
            throw new IllegalStateException("pre-registration " + kept.reference() + " is kept already");
        }
    }

    @Override
    public Optional<PendingPreregistration> find(CaseReference reference, Instant at) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM preregistrations WHERE reference = ? AND expires_at > ?")
                .params(reference.value(), Timestamp.from(at))
                .query((row, n) -> preregistration(row)).optional();
    }

    @Override
    public boolean exists(CaseReference reference) {
        return jdbc.sql("SELECT count(*) FROM preregistrations WHERE reference = ?").param(reference.value())
                .query(Long.class).single() > 0;
    }

    @Override
    public void remove(CaseReference reference) {
        jdbc.sql("DELETE FROM preregistrations WHERE reference = ?").param(reference.value()).update();
    }

    @Override
    public int purge(Instant at) {
        return jdbc.sql("DELETE FROM preregistrations WHERE expires_at <= ?").param(Timestamp.from(at)).update();
    }

    private PendingPreregistration preregistration(ResultSet row) throws SQLException {
        Preregistration trip = new Preregistration(Mrz.parse(row.getString("mrz")),
                Purpose.fromJson(row.getString("purpose")), passage(row.getString("passage_kind"), row.getString("passage")),
                Direction.of(row.getString("direction_from"), row.getString("direction_to")),
                row.getDate("travel_date").toLocalDate());
        return new PendingPreregistration(CaseReference.of(row.getString("reference")),
                trip, Hash.of(row.getBytes("secret_hash")), row.getTimestamp("made_at").toInstant(),
                row.getTimestamp("expires_at").toInstant());
    }

    private static PassageId passage(String kind, String id) {
        return kind.equals(ROUTE) ? RouteId.of(id) : CrossingPointId.of(id);
    }
}
