package org.crossings.server.travel.http;

import java.util.List;
import java.util.stream.Collectors;
import org.crossings.server.http.Html;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Passage;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.Places;
import org.crossings.server.place.PostCode;
import org.crossings.server.place.Route;
import org.crossings.server.travel.Way;

/**
 * A crossing and a direction as the pages' select boxes offer them: {@code MARGARA-ALICAN|AM-MARGARA|TR-ALICAN},
 * shown as "Margara → Alican" (with the route's name on a route). One place writes and reads the value. The options
 * are {@link Way}s; what comes back is only what the form says, before the use case checks that the direction crosses
 * the passage (so the form's fields are still named in their order), hence a value of its own.
 */
record WayChoice(PassageId passage, Direction direction) {

    /** The options of a select box for these ways; {@code chosen} is the value to keep selected. */
    static String options(Places places, List<Way> ways, String chosen) {
        return ways.stream().map(way -> {
            String value = way.passageId().value() + "|" + way.direction().from() + "|" + way.direction().to();
            String route = way.passage() instanceof Route r ? " (" + r.name() + ")" : "";
            return "<option value=\"" + Html.escape(value) + "\"" + (value.equals(chosen) ? " selected" : "")
                    + ">" + Html.escape(name(places, way.direction().from()) + " → "
                    + name(places, way.direction().to()) + route) + "</option>";
        }).collect(Collectors.joining());
    }

    /**
     * Reads a select box's value.
     *
     * @throws IllegalArgumentException naming the crossing when none was chosen or it is unknown
     */
    static WayChoice parse(Places places, String value) {
        String[] parts = value.split("\\|");
        if (parts.length != 3) {
            throw new IllegalArgumentException("crossing: choose where and which way to cross");
        }
        PassageId passage = places.passages().stream().map(Passage::id).filter(id -> id.value().equals(parts[0]))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("crossing \"" + parts[0]
                        + "\" is unknown"));
        return new WayChoice(passage, Direction.of(parts[1], parts[2]));
    }

    private static String name(Places places, PostCode post) {
        return places.post(post).map(p -> p.name()).orElse(post.value());
    }
}
