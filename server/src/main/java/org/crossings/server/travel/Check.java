package org.crossings.server.travel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPoint;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Post;
import org.crossings.server.place.PostCode;
import org.crossings.server.place.Route;

/**
 * One sovereign decision a crossing needs: at this post, by this state, this step. A crossing point needs two: exit at
 * the post left, entry at the post reached. A transit route needs two at every border it crosses: leaving mainland
 * Azerbaijan at Aghband, entering Armenia at Syunik east, leaving Armenia at Syunik west, entering Nakhchivan at
 * Ordubad — each state on its own territory, none for another.
 */
public record Check(PostCode post, PartyCode state, Step step) {

    public Check {
        Objects.requireNonNull(post, "check post");
        Objects.requireNonNull(state, "check state");
        Objects.requireNonNull(step, "check step");
    }

    /** The checks of a crossing of {@code passage} in {@code direction}, in the order they are taken. */
    public static List<Check> along(Passage passage, Direction direction) {
        List<Post> posts = switch (passage) {
            case CrossingPoint point -> List.of(point.departure(direction),
                    point.departure(direction).equals(point.first()) ? point.second() : point.first());
            case Route route -> route.departure(direction).equals(route.offices().getFirst()) ? route.offices()
                    : route.offices().reversed();
        };
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i + 1 < posts.size(); i++) {
            Post left = posts.get(i);
            Post reached = posts.get(i + 1);
            if (!left.party().equals(reached.party())) {
                checks.add(new Check(left.code(), left.party(), Step.EXIT));
                checks.add(new Check(reached.code(), reached.party(), Step.ENTRY));
            }
        }
        return List.copyOf(checks);
    }
}
