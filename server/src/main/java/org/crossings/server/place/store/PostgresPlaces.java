package org.crossings.server.place.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The registered posts, crossing points and routes: a read model of the {@code place.*-registered} entries. */
public final class PostgresPlaces implements Places, Projection {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<EventType, String> KINDS = Map.of(
            RegisteringPlaces.POST, "post",
            RegisteringPlaces.CROSSING_POINT, "crossing-point",
            RegisteringPlaces.ROUTE, "route");

    private final JdbcClient jdbc;

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
        }
    }

    @Override
    public void reset() {
        jdbc.sql("DELETE FROM places").update();
    }

    @Override
    public Optional<Post> post(PostCode code) {
        return document("post", code.value()).map(PlaceJson::post);
    }

    @Override
    public Optional<Passage> passage(PassageId id) {
        return passages().stream().filter(passage -> passage.id().equals(id)).findFirst();
    }

    @Override
    public List<Post> posts() {
        return documents("post").stream().map(PlaceJson::post).toList();
    }

    @Override
    public List<Passage> passages() {
        Places posts = Places.of(posts(), List.of());
        List<Passage> passages = new ArrayList<>();
        documents("crossing-point").forEach(node -> passages.add(PlaceJson.crossingPoint(node, posts)));
        documents("route").forEach(node -> passages.add(PlaceJson.route(node, posts)));
        return passages;
    }

    private Optional<JsonNode> document(String kind, String id) {
        return jdbc.sql("SELECT document FROM places WHERE kind = ? AND id = ?").params(kind, id)
                .query(String.class).optional().map(JSON::readTree);
    }

    private List<JsonNode> documents(String kind) {
        return jdbc.sql("SELECT document FROM places WHERE kind = ? ORDER BY log_index").param(kind)
                .query(String.class).list().stream().map(JSON::readTree).toList();
    }
}
