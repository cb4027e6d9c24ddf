package org.crossings.server.journal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The read models this node builds, listed explicitly in the order every entry is given to them, each with the read
 * models it reads while it applies an entry (agreements read parties and places, cases read places and agreements).
 * The list is checked when it is made, at start-up: a read model listed before one it depends on, or listed twice, is
 * refused with a message naming both.
 */
public final class ProjectionList {

    /** One read model and those it depends on, which the list must name before it. */
    public record Listed(Projection projection, List<Projection> dependsOn) {
        public Listed {
            Objects.requireNonNull(projection, "projection");
            dependsOn = List.copyOf(dependsOn);
        }
    }

    private final List<Listed> listed;

    private ProjectionList(List<Listed> listed) {
        this.listed = List.copyOf(listed);
        Set<Projection> before = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Listed each : listed) {
            for (Projection needed : each.dependsOn()) {
                if (!before.contains(needed)) {
                    throw new IllegalStateException("projection " + each.projection().name() + " is listed before "
                            + needed.name() + ", which it depends on: list " + needed.name() + " first");
                }
            }
            if (!before.add(each.projection())) {
                throw new IllegalStateException("projection " + each.projection().name() + " is listed twice");
            }
        }
    }

    /** The read models in this order. */
    public static ProjectionList of(Listed... listed) {
        return new ProjectionList(List.of(listed));
    }

    /** {@code projection}, which reads {@code dependsOn} while it applies an entry. */
    public static Listed listed(Projection projection, Projection... dependsOn) {
        return new Listed(projection, List.of(dependsOn));
    }

    /** The projections in the order each entry is given to them. */
    public List<Projection> inOrder() {
        return listed.stream().map(Listed::projection).collect(Collectors.toCollection(ArrayList::new));
    }
}
