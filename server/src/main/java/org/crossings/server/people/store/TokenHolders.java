package org.crossings.server.people.store;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.crossings.server.people.Person;

/**
 * The holders of API tokens seen lately, so that a machine client's every request does not cost a query: each is
 * remembered with its token's expiry for a few seconds. Whatever this node changes about people or tokens (a token
 * revoked, a person added) forgets them all at once, so a token revoked here is refused by the very next request; a
 * change made to the database behind this node's back is seen within {@link #REMEMBERED}.
 */
final class TokenHolders {

    static final Duration REMEMBERED = Duration.ofSeconds(5);
    private static final int MOST = 10_000;

    private record Holder(Person person, Instant expiresAt, Instant seenAt) {
    }

    private final Map<String, Holder> holders = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** Taken before a lookup in the database: its result is remembered only if nothing was forgotten meanwhile. */
    long generation() {
        return generation.get();
    }

    /** The holder remembered for this token's hash, if the token is still unexpired at {@code now}. */
    Optional<Person> find(byte[] tokenSha256, Instant now) {
        Holder holder = holders.get(key(tokenSha256));
        if (holder == null || !now.isBefore(holder.expiresAt())
                || now.isAfter(holder.seenAt().plus(REMEMBERED)) || now.isBefore(holder.seenAt())) {
            return Optional.empty();
        }
        return Optional.of(holder.person());
    }

    /** Remembers a holder read at {@code now}, unless people or tokens changed since {@code readAt}. */
    synchronized void remember(byte[] tokenSha256, Person person, Instant expiresAt, Instant now, long readAt) {
        if (generation.get() != readAt) {
            return;
        }
        if (holders.size() >= MOST) {
            holders.clear(); // many clients at once: start over rather than grow
        }
        holders.put(key(tokenSha256), new Holder(person, expiresAt, now));
    }

    /** Forgets every holder: called once a change to people or tokens is committed. */
    synchronized void forgetAll() {
        generation.incrementAndGet();
        holders.clear();
    }

    private static String key(byte[] tokenSha256) {
        return HexFormat.of().formatHex(tokenSha256);
    }
}
