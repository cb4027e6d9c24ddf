package org.crossings.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.crossings.server.agreement.AgreementEvent.AgreementProposed;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.DemoWorld;
import org.crossings.server.agreement.TermsDocument;
import org.crossings.server.agreement.application.ProposeAgreement;
import org.crossings.server.agreement.application.ProposingAgreement;
import org.crossings.server.agreement.application.SigningAgreement;
import org.crossings.server.party.Parties;
import org.crossings.server.party.Party;
import org.crossings.server.party.application.RegisteringParty;
import org.crossings.server.party.application.RegisteringParty.RegisterParty;
import org.crossings.server.place.CrossingPoint;
import org.crossings.server.people.DemoPeople;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Places;
import org.crossings.server.place.Post;
import org.crossings.server.place.Route;
import org.crossings.server.place.application.RegisteringPlaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the world of CONTEXT.md into a fresh log, through the same use cases as everything else: each party registers
 * itself with its key, each state registers its posts, crossing points and the Syunik route follow, and the five
 * agreements are proposed and signed by each of their parties with its own key; a few travellers cross
 * ({@link DemoTravellers}). It runs once,
 * before the server answers, and only when the log knows no party yet; {@code ./crossings serve --empty} skips it.
 */
final class DemoWorldLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoWorldLoader.class);

    private final Parties parties;
    private final RegisteringParty registeringParty;
    private final RegisteringPlaces registeringPlaces;
    private final DemoPeople demoPeople;
    private final Places places;
    private final Path peopleFile;
    private final ProposingAgreement proposing;
    private final SigningAgreement signing;
    private final DemoTravellers travellers;

    DemoWorldLoader(Parties parties, RegisteringParty registeringParty, RegisteringPlaces registeringPlaces,
            DemoPeople demoPeople, Places places, Path peopleFile, ProposingAgreement proposing,
            SigningAgreement signing, DemoTravellers travellers) {
        this.proposing = proposing;
        this.travellers = travellers;
        this.signing = signing;
        this.parties = parties;
        this.registeringParty = registeringParty;
        this.registeringPlaces = registeringPlaces;
        this.demoPeople = demoPeople;
        this.places = places;
        this.peopleFile = peopleFile;
    }

    /**
     * Loads the demo world if the log holds no party, and creates its people; then prints who can sign in, with
     * their passwords (kept, readable by the owner only, in the data directory, since only their hashes are stored).
     * When the console carries JSON logs ({@code toConsole} false) the passwords stay in their file: a log line says
     * where it is, so that no password reaches a log shipper.
     */
    void loadIntoEmptyLog(boolean toConsole) {
        if (parties.all().isEmpty()) {
            loadWorld();
            writePeople(DemoPeople.table(demoPeople.create(parties, places)));
        }
        if (toConsole) {
            printPeople();
        } else if (Files.exists(peopleFile)) {
            log.info("Demo people: sign in at /login; their usernames and passwords are in {}", peopleFile);
        }
    }

    private void loadWorld() {
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
        for (AgreementProposed proposal : world.proposals()) {
            agree(proposal);
        }
        int travellerCount = travellers.add();
        log.info("Loaded the demo world: {} parties, {} posts, {} passages, {} agreements signed by their parties,"
                + " {} travellers", world.parties().all().size(), world.places().posts().size(),
                world.places().passages().size(), world.proposals().size(), travellerCount);
    }

    private void writePeople(String table) {
        try {
            Files.createDirectories(peopleFile.toAbsolutePath().getParent());
            Files.writeString(peopleFile, table, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(peopleFile, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the demo people's passwords in " + peopleFile, e);
        }
    }

    private void printPeople() {
        if (!Files.exists(peopleFile)) {
            return;
        }
        try {
            System.out.println();
            System.out.println("Demo people (sign in at /login; kept in " + peopleFile + "):");
            System.out.println(Files.readString(peopleFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            log.warn("Could not read the demo people's passwords from {}: {}", peopleFile, e.toString());
        }
    }

    /** The proposer proposes the terms, then every party to them signs, each with its own key. */
    private void agree(AgreementProposed proposal) {
        AgreementRef ref = proposing.propose(new ProposeAgreement(proposal.proposer(), proposal.agreement().id(),
                TermsDocument.json(proposal.terms()).toString()));
        for (Party party : proposal.terms().parties()) {
            signing.signWithNodeKey(ref, party.code());
        }
    }

    private void register(Passage passage) {
        switch (passage) {
            case CrossingPoint point -> registeringPlaces.registerCrossingPoint(point, point.first().party());
            case Route route -> registeringPlaces.registerRoute(route, route.offices().getFirst().party());
        }
    }
}
