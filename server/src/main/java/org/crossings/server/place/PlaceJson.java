package org.crossings.server.place;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossings.server.party.PartyCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posts, crossing points and routes as JSON: the payload of their registration in the log, the demo world's data and
 * the API's answers, all one shape. Reading is strict: a missing or malformed member fails naming it.
 */
public final class PlaceJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlaceJson() {
    }

    public static Post post(JsonNode node) {
        JsonNode locode = node.get("unLocode");
        return new Post(PostCode.of(text(node, "code")), PartyCode.of(text(node, "party")), text(node, "name"),
                locode == null || locode.isNull() ? null : UnLocode.of(locode.stringValue()),
                ZoneId.of(text(node, "timeZone")), openingHours(node.get("openingHours")));
    }

    public static ObjectNode json(Post post) {
        ObjectNode node = NODES.objectNode()
                .put("code", post.code().value())
                .put("party", post.party().value())
                .put("name", post.name())
                .put("timeZone", post.zone().getId());
        post.locode().ifPresentOrElse(locode -> node.put("unLocode", locode.toString()), () -> node.putNull("unLocode"));
        ObjectNode hours = node.putObject("openingHours");
        post.hours().days().forEach((day, open) -> hours.putObject(day.name().toLowerCase(Locale.ROOT))
                .put("from", open.from().toString()).put("until", open.until().toString()));
        return node;
    }

    /** A crossing point whose posts are already known to {@code posts}. */
    public static CrossingPoint crossingPoint(JsonNode node, Places posts) {
        JsonNode ends = node.get("posts");
        if (ends == null || !ends.isArray() || ends.size() != 2) {
            throw new IllegalArgumentException("crossing point " + node.get("id") + ": posts must name two posts");
        }
        return new CrossingPoint(CrossingPointId.of(text(node, "id")), post(posts, ends.get(0).asString()),
                post(posts, ends.get(1).asString()), mode(node));
    }

    public static ObjectNode json(CrossingPoint point) {
        ObjectNode node = NODES.objectNode().put("id", point.id().value()).put("mode", mode(point.mode()));
        node.putArray("posts").add(point.first().code().value()).add(point.second().code().value());
        return node;
    }

    /** A route whose offices are already known to {@code posts}. */
    public static Route route(JsonNode node, Places posts) {
        List<Post> offices = new ArrayList<>();
        JsonNode list = node.get("offices");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("route " + node.get("id") + ": offices must be a list of posts");
        }
        list.forEach(office -> offices.add(post(posts, office.asString())));
        return new Route(RouteId.of(text(node, "id")), text(node, "name"), offices, mode(node));
    }

    public static ObjectNode json(Route route) {
        ObjectNode node = NODES.objectNode()
                .put("id", route.id().value()).put("name", route.name()).put("mode", mode(route.mode()));
        route.offices().forEach(office -> node.withArray("offices").add(office.code().value()));
        return node;
    }

    /** {@code {"daily": {...}}} for every day, or one member per weekday ({@code "monday": {...}}). */
    private static OpeningHours openingHours(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("openingHours must be an object of days");
        }
        Map<DayOfWeek, Hours> days = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            Hours hours = Hours.of(text(entry.getValue(), "from"), text(entry.getValue(), "until"));
            if (entry.getKey().equals("daily")) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    days.put(day, hours);
                }
            } else {
                days.put(day(entry.getKey()), hours);
            }
        }
        return new OpeningHours(days);
    }

    private static DayOfWeek day(String name) {
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("openingHours." + name + " is not a day of the week");
        }
    }

    private static Post post(Places posts, String code) {
        return posts.post(PostCode.of(code))
                .orElseThrow(() -> new IllegalArgumentException("post \"" + code + "\" is not registered"));
    }

    private static Mode mode(JsonNode node) {
        String mode = text(node, "mode");
        try {
            return Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("mode \"" + mode + "\" must be road or rail");
        }
    }

    private static String mode(Mode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException(field + " of " + node + " must be a string");
        }
        return value.stringValue();
    }
}
