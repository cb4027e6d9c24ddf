package org.crossings.server.place.http;

import java.util.List;
import org.crossings.server.http.NotFound;
import org.crossings.server.place.CrossingPoint;
import org.crossings.server.place.Passage;
import org.crossings.server.place.PlaceJson;
import org.crossings.server.place.Places;
import org.crossings.server.place.PostCode;
import org.crossings.server.place.Route;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The posts, crossing points and routes, in the same shape as their registration in the log. */
@RestController
class PlaceRoutes {

    private final Places places;

    PlaceRoutes(Places places) {
        this.places = places;
    }

    @GetMapping("/api/posts")
    List<JsonNode> posts() {
        return places.posts().stream().<JsonNode>map(PlaceJson::json).toList();
    }

    @GetMapping("/api/posts/{code}")
    JsonNode post(@PathVariable String code) {
        return places.post(PostCode.of(code)).<JsonNode>map(PlaceJson::json)
                .orElseThrow(() -> new NotFound("post " + code + " is not registered"));
    }

    @GetMapping("/api/passages")
    List<JsonNode> passages() {
        return places.passages().stream().map(PlaceRoutes::json).toList();
    }

    private static JsonNode json(Passage passage) {
        return switch (passage) {
            case CrossingPoint point -> PlaceJson.json(point).put("kind", "crossing-point");
            case Route route -> PlaceJson.json(route).put("kind", "route");
        };
    }
}
