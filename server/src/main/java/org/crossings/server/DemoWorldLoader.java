package org.crossings.server;

import org.crossings.server.agreement.DemoWorld;
import org.crossings.server.party.Parties;
import org.crossings.server.party.Party;
import org.crossings.server.party.application.RegisteringParty;
import org.crossings.server.party.application.RegisteringParty.RegisterParty;
import org.crossings.server.place.CrossingPoint;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Post;
import org.crossings.server.place.Route;
import org.crossings.server.place.application.RegisteringPlaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the world of CONTEXT.md into a fresh log, through the same use cases as everything else: each party registers
 * itself with its key, each state registers its posts, crossing points and the Syunik route follow. It runs once,
 * before the server answers, and only when the log knows no party yet; {@code ./crossings serve --empty} skips it.
 */
final class DemoWorldLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoWorldLoader.class);

    private final Parties parties;
    private final RegisteringParty registeringParty;
    private final RegisteringPlaces registeringPlaces;

    DemoWorldLoader(Parties parties, RegisteringParty registeringParty, RegisteringPlaces registeringPlaces) {
        this.parties = parties;
        this.registeringParty = registeringParty;
        this.registeringPlaces = registeringPlaces;
    }

    /** Loads the demo world if the log holds no party; true if it did. */
    boolean loadIntoEmptyLog() {
        if (!parties.all().isEmpty()) {
            return false;
        }
        DemoWorld world = DemoWorld.load();
        for (Party party : world.parties().all()) {
            registeringParty.register(new RegisterParty(party));
        }
        for (Post post : world.places().posts()) {
            registeringPlaces.registerPost(post);
        }
        for (Passage passage : world.places().passages()) {
            register(passage);
        }
        log.info("Loaded the demo world: {} parties, {} posts, {} passages", world.parties().all().size(),
                world.places().posts().size(), world.places().passages().size());
        return true;
    }

    private void register(Passage passage) {
        switch (passage) {
            case CrossingPoint point -> registeringPlaces.registerCrossingPoint(point, point.first().party());
            case Route route -> registeringPlaces.registerRoute(route, route.offices().getFirst().party());
        }
    }
}
