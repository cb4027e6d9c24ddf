package org.crossings.server.people;

import java.util.Objects;
import java.util.Optional;
import org.crossings.server.place.PostCode;

/**
 * A role a person holds; a state officer's names the post at which they decide, and no other role names a post.
 *
 * @param post the post of a {@link Role#STATE_OFFICER}, {@code null} for every other role
 */
public record RoleGrant(Role role, PostCode post) {

    public RoleGrant {
        Objects.requireNonNull(role, "role");
        if (role == Role.STATE_OFFICER && post == null) {
            throw new IllegalArgumentException("role " + role + ": a state officer must be granted at a post");
        }
        if (role != Role.STATE_OFFICER && post != null) {
            throw new IllegalArgumentException("role " + role + ": post \"" + post
                    + "\" given, but only a state officer is granted at a post");
        }
    }

    public static RoleGrant officerAt(PostCode post) {
        return new RoleGrant(Role.STATE_OFFICER, Objects.requireNonNull(post, "post"));
    }

    /** A role that is not granted at a post. */
    public static RoleGrant of(Role role) {
        return new RoleGrant(role, null);
    }

    public Optional<PostCode> atPost() {
        return Optional.ofNullable(post);
    }

    /** The grant in words: "state officer at AM-MARGARA", "observer". */
    @Override
    public String toString() {
        return post == null ? role.title() : role.title() + " at " + post;
    }
}
