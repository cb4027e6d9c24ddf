package org.crossings.server.idempotency.store;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.crossings.server.idempotency.IdempotencyKey;
import org.crossings.server.idempotency.Outcome;
import org.crossings.server.idempotency.RequestOutcomes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keyed requests in {@code idempotent_requests}. The primary key makes a claim atomic; a claim whose request never
 * finished (the node died while answering) may be taken over by the same request after {@code abandonedAfter}.
 */
public final class PostgresRequestOutcomes implements RequestOutcomes {

    private final JdbcClient jdbc;
    private final Duration abandonedAfter;
    private final Duration keptFor;

    public PostgresRequestOutcomes(JdbcClient jdbc, Duration abandonedAfter, Duration keptFor) {
        this.jdbc = jdbc;
        this.abandonedAfter = abandonedAfter;
        this.keptFor = keptFor;
    }

    @Override
    public Claim claim(String caller, IdempotencyKey key, byte[] request) {
        if (jdbc.sql("INSERT INTO idempotent_requests (caller, key, request) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(caller, key.value(), request).update() == 1) {
            return new Claim.First();
        }
        if (jdbc.sql("UPDATE idempotent_requests SET claimed_at = now() WHERE caller = ? AND key = ? AND request = ?"
                        + " AND status IS NULL AND claimed_at < now() - make_interval(secs => ?)")
                .params(caller, key.value(), request, abandonedAfter.toSeconds()).update() == 1) {
            return new Claim.First();
        }
        return jdbc.sql("SELECT request, status, content_type, body FROM idempotent_requests WHERE caller = ? AND key = ?")
                .params(caller, key.value())
                .query((row, n) -> {
                    if (!Arrays.equals(row.getBytes(1), request)) {
                        return (Claim) new Claim.OtherRequest();
                    }
                    int status = row.getInt(2);
                    return row.wasNull() ? new Claim.InFlight()
                            : new Claim.Answered(new Outcome(status, row.getString(3), row.getBytes(4)));
                })
                .optional().orElseGet(() -> claim(caller, key, request)); // released meanwhile: claim it again
    }

    @Override
    public void complete(String caller, IdempotencyKey key, Outcome outcome) {
        jdbc.sql("UPDATE idempotent_requests SET status = ?, content_type = ?, body = ? WHERE caller = ? AND key = ?")
                .params(outcome.status(), outcome.contentType(), outcome.body(), caller, key.value()).update();
    }

    @Override
    public void release(String caller, IdempotencyKey key) {
        jdbc.sql("DELETE FROM idempotent_requests WHERE caller = ? AND key = ? AND status IS NULL")
                .params(caller, key.value()).update();
    }

    @Override
    public Optional<Outcome> find(String caller, IdempotencyKey key) {
        return jdbc.sql("SELECT status, content_type, body FROM idempotent_requests WHERE caller = ? AND key = ?"
                        + " AND status IS NOT NULL")
                .params(caller, key.value())
                .query((row, n) -> new Outcome(row.getInt(1), row.getString(2), row.getBytes(3))).optional();
    }

    /** Forgets the answers older than the time they are kept for; returns how many. */
    public int expire() {
        return jdbc.sql("DELETE FROM idempotent_requests WHERE claimed_at < now() - make_interval(secs => ?)")
                .param(keptFor.toSeconds()).update();
    }
}
