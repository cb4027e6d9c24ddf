package org.crossings.server.http;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.crossings.server.RunningServer;
import org.crossings.server.party.PartyCode;
import org.crossings.server.people.ApiTokenSecret;
import org.crossings.server.people.PasswordHashing;
import org.crossings.server.people.People;
import org.crossings.server.people.Person;
import org.crossings.server.people.RoleGrant;
import org.crossings.server.people.Username;

/** Adds people to the shared test server, each under a name no other test uses. */
public final class TestPeople {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private TestPeople() {
    }

    /** Adds a person with {@code password}; returns their username. */
    public static Person add(String name, String party, String password, RoleGrant... grants) {
        return add(RunningServer.shared(), name, party, password, grants);
    }

    /** Adds a person to a server of a test's own. */
    public static Person add(RunningServer server, String name, String party, String password,
            RoleGrant... grants) {
        Person person = Person.of(Username.of(name + "-" + COUNT.incrementAndGet()), "Test " + name,
                PartyCode.of(party), grants);
        server.bean(People.class).add(person, server.bean(PasswordHashing.class).hash(password));
        return person;
    }

    public static ApiTokenSecret tokenOf(Person person) {
        return people().issueToken(person.username(), "test", Instant.now()).secret();
    }

    public static People people() {
        return RunningServer.shared().bean(People.class);
    }
}
