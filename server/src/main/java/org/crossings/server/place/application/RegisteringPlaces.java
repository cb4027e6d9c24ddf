package org.crossings.server.place.application;

import java.util.Set;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.EventType;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.Recorded;
import org.crossings.server.journal.Signatory;
import org.crossings.server.journal.Subject;
import org.crossings.server.party.Parties;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPoint;
import org.crossings.server.place.PlaceJson;
import org.crossings.server.place.Places;
import org.crossings.server.place.RegisteredAlready;
import org.crossings.server.place.Post;
import org.crossings.server.place.Route;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posts, crossing points and routes enter the system through the log. A post is registered by the party whose
 * territory it is on; a crossing point or route by one of the parties whose posts it joins, once those posts exist.
 * Places are public: every party and the public may read them.
 */
public final class RegisteringPlaces {

    public static final EventType POST = EventType.of("place.post-registered");
    public static final EventType CROSSING_POINT = EventType.of("place.crossing-point-registered");
    public static final EventType ROUTE = EventType.of("place.route-registered");

    private final Journal journal;
    private final Parties parties;
    private final Places places;

    public RegisteringPlaces(Journal journal, Parties parties, Places places) {
        this.journal = journal;
        this.parties = parties;
        this.places = places;
    }

    public Recorded registerPost(Post post) {
        requireParty(post.party());
        Subject subject = new Subject("post", post.code().value());
        return journal.exclusively(subject, () -> {
            if (places.post(post.code()).isPresent()) {
                throw new RegisteredAlready("post", "code", post.code().value());
            }
            return record(POST, subject, post.party(), PlaceJson.json(post));
        });
    }

    public Recorded registerCrossingPoint(CrossingPoint point, PartyCode by) {
        return registerPassage(CROSSING_POINT, new Subject("crossing-point", point.id().value()), point.parties(),
                by, () -> PlaceJson.json(point), point.first(), point.second());
    }

    public Recorded registerRoute(Route route, PartyCode by) {
        return registerPassage(ROUTE, new Subject("route", route.id().value()), route.parties(), by,
                () -> PlaceJson.json(route), route.offices().toArray(Post[]::new));
    }

    private Recorded registerPassage(EventType type, Subject subject, Set<PartyCode> owners, PartyCode by,
            java.util.function.Supplier<ObjectNode> document, Post... posts) {
        requireParty(by);
        if (!owners.contains(by)) {
            throw new IllegalArgumentException(subject + ": party " + by + " owns none of its posts " + owners);
        }
        for (Post post : posts) {
            if (!places.post(post.code()).filter(post::equals).isPresent()) {
                throw new IllegalArgumentException(subject + ": post " + post.code() + " is not registered as given");
            }
        }
        return journal.exclusively(subject, () -> {
            if (places.passages().stream().anyMatch(p -> p.id().value().equals(subject.id()))) {
                throw new RegisteredAlready(subject.kind(), "id", subject.id());
            }
            return record(type, subject, by, document.get());
        });
    }

    private void requireParty(PartyCode party) {
        if (parties.find(party).isEmpty()) {
            throw new IllegalArgumentException("party " + party + " is not registered");
        }
    }

    private Recorded record(EventType type, Subject subject, PartyCode actor, ObjectNode document) {
        return journal.record(Event.of(type, subject, actor.signatory(), Set.of(Signatory.EVERYONE), document));
    }
}
