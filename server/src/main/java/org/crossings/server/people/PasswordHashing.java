package org.crossings.server.people;

/** Hashes a new password with the current algorithm; the web layer provides it, so this model stays framework-free. */
@FunctionalInterface
public interface PasswordHashing {

    /** The hash of {@code password}; MUST be salted and slow to compute (Argon2 today). */
    PasswordHash hash(String password);
}
