package org.crossings.server.place.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.crossings.server.journal.EventType;
import org.crossings.server.journal.Projection;
import org.crossings.server.journal.Recorded;
import org.crossings.server.place.Passage;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.PlaceJson;
import org.crossings.server.place.Places;
import org.crossings.server.place.Post;
import org.crossings.server.place.PostCode;
import org.crossings.server.place.application.RegisteringPlaces;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registered posts, crossing points and routes: a read model of the {@code place.*-registered} entries. Places
 * never change once registered, so reads come from a copy in memory, dropped whenever a registration commits (every
 * intake and decision asks for its crossing point; reading and parsing the table each time cost three queries).
 */
public final class PostgresPlaces implements Places, Projection {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<EventType, String> KINDS = Map.of(
            RegisteringPlaces.POST, "post",
            RegisteringPlaces.CROSSING_POINT, "crossing-point",
            RegisteringPlaces.ROUTE, "route");

    private final JdbcClient jdbc;
    private volatile Places loaded;
    /** Moves on at every registration and its commit: a copy read before is not kept. */
    private final AtomicLong generation = new AtomicLong();

    public PostgresPlaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(Recorded entry) {
        String kind = KINDS.get(entry.envelope().type());
        if (kind != null) {
            jdbc.sql("INSERT INTO places (kind, id, document, log_index) VALUES (?, ?, ?, ?)")
                    .params(kind, entry.envelope().subject().id(), entry.payload().toString(), entry.index())
                    .update();
            forgetOnCompletion();
        }
    }

    @Override
    public void reset() {
        jdbc.sql("DELETE FROM places").update();
        forgetOnCompletion();
    }

    @Override
    public Optional<Post> post(PostCode code) {
        return places().post(code);
    }

    @Override
    public Optional<Passage> passage(PassageId id) {
        return places().passage(id);
    }

    @Override
    public List<Post> posts() {
        return places().posts();
    }

    @Override
    public List<Passage> passages() {
        return places().passages();
    }

    private Places places() {
        Places current = loaded;
        if (current == null) {
            long readAt = generation.get();
            List<Post> posts = documents("post").stream().map(PlaceJson::post).toList();
            Places byCode = Places.of(posts, List.of());
            List<Passage> passages = new ArrayList<>();
            documents("crossing-point").forEach(node -> passages.add(PlaceJson.crossingPoint(node, byCode)));
            documents("route").forEach(node -> passages.add(PlaceJson.route(node, byCode)));
            current = Places.of(posts, passages);
            if (generation.get() == readAt) {
                loaded = current; // a registration that committed meanwhile would leave this copy stale: keep none
            }
        }
        return current;
    }

    /** Drops the copy now and again when the transaction ends, so no reader keeps what it read before the commit. */
    private void forgetOnCompletion() {
        generation.incrementAndGet();
        loaded = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                    loaded = null;
                }
            });
        }
    }

    private List<JsonNode> documents(String kind) {
        return jdbc.sql("SELECT document FROM places WHERE kind = ? ORDER BY log_index").param(kind)
                .query(String.class).list().stream().map(JSON::readTree).toList();
    }
}
