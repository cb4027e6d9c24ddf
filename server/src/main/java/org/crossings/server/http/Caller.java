package org.crossings.server.http;

import java.util.Objects;
import java.util.Set;
import org.crossings.server.party.PartyCode;
import org.crossings.server.people.Person;
import org.crossings.server.people.Role;
import org.crossings.server.people.Username;
import org.crossings.server.place.PostCode;

/**
 * Who is making a request: a signed-in person, their party, roles and posts, and how they signed in. Routes take it
 * as an argument; {@link AccessRules} has already decided they may be there.
 */
public record Caller(Person person, SignedInBy signedInBy) {

    /** How a caller proved who they are. A party's own OpenID Connect provider will add a value here. */
    public enum SignedInBy {
        /** A browser session, after a form sign-in with username and password. */
        SESSION,
        /** An {@code Authorization: Bearer} API token of a machine client. */
        API_TOKEN
    }

    public Caller {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(signedInBy, "signed in by");
    }

    public Username username() {
        return person.username();
    }

    public PartyCode party() {
        return person.party();
    }

    public Set<Role> roles() {
        return person.roles();
    }

    /** The posts at which the caller is a state officer. */
    public Set<PostCode> posts() {
        return person.posts();
    }

    public boolean holds(Role role) {
        return person.holds(role);
    }

    /** Whether the caller holds {@code role} for {@code party}: always in their own party, never for another. */
    public boolean holdsFor(Role role, PartyCode party) {
        return person.party().equals(party) && person.holds(role);
    }

    public boolean isOfficerAt(PostCode post) {
        return person.holds(Role.STATE_OFFICER) && person.posts().contains(post);
    }
}
