package org.crossings.server.people;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossings.server.party.Parties;
import org.crossings.server.party.Party;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.Places;
import org.crossings.server.place.Post;
import org.crossings.server.place.PostCode;

/**
 * Someone who signs in to Crossings: they belong to exactly one party and hold at least one role in it.
 *
 * <p>On its own a person checks only what needs no knowledge of the world (a name, a party, a role or more);
 * {@link #checkAgainst(Parties, Places)} checks the rest: that the party exists, that its kind may hold every role,
 * and that a state officer's posts are posts of that same state.
 */
public record Person(Username username, String displayName, PartyCode party, Set<RoleGrant> grants) {

    public Person {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(party, "person " + username + ": party");
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("person " + username + ": display name \"" + displayName
                    + "\" must not be blank");
        }
        Objects.requireNonNull(grants, "person " + username + ": role grants");
        if (grants.isEmpty()) {
            throw new IllegalArgumentException("person " + username + ": must hold at least one role");
        }
        grants = ordered(grants);
    }

    public static Person of(Username username, String displayName, PartyCode party, RoleGrant... grants) {
        return new Person(username, displayName, party, Set.of(grants));
    }

    /** The roles held, whatever the posts. */
    public Set<Role> roles() {
        return grants.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
    }

    public boolean holds(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    /** The posts at which this person is a state officer; empty for anyone else. */
    public Set<PostCode> posts() {
        return grants.stream().flatMap(grant -> grant.atPost().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * This person, if the world allows them: the party exists, its kind may hold every role granted, and every post
     * is one of that party's posts.
     *
     * @throws IllegalArgumentException naming the person and what does not fit
     */
    public Person checkAgainst(Parties parties, Places places) {
        Party own = parties.find(party).orElseThrow(() -> new IllegalArgumentException(
                "person " + username + ": party \"" + party + "\" is not a known party"));
        for (RoleGrant grant : grants) {
            if (!grant.role().mayBeHeldIn(own.kind())) {
                throw new IllegalArgumentException("person " + username + ": role " + grant.role()
                        + " may be held only in a party of kind " + grant.role().heldIn() + ", and " + party
                        + " is a " + own.kind());
            }
            grant.atPost().ifPresent(code -> checkPost(code, places));
        }
        return this;
    }

    private void checkPost(PostCode code, Places places) {
        Post post = places.post(code).orElseThrow(() -> new IllegalArgumentException(
                "person " + username + ": post \"" + code + "\" is not a known post"));
        if (!post.party().equals(party)) {
            throw new IllegalArgumentException("person " + username + ": post \"" + code + "\" belongs to "
                    + post.party() + ", not to the person's party " + party);
        }
    }

    /** Grants in a stable order (role, then post), so that equal people print and store alike. */
    private static Set<RoleGrant> ordered(Set<RoleGrant> grants) {
        List<RoleGrant> sorted = grants.stream()
                .map(grant -> Objects.requireNonNull(grant, "role grant"))
                .sorted(Comparator.comparing(RoleGrant::role)
                        .thenComparing(grant -> grant.post() == null ? "" : grant.post().value()))
                .toList();
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
    }
}
