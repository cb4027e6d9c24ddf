package org.crossings.server.people.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.crossings.server.people.Username;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The failed sign-ins of this node, per account and per client address, and the pauses they lead to
 * ({@link SignInLimits}). An account is counted by the name that was typed, whether anyone has it or not, so that a
 * pause tells nothing about who exists. An IPv6 client counts by its /64, which one machine usually has whole.
 *
 * <p>It lives in memory, bounded: it forgets the accounts and addresses it heard of least recently beyond
 * {@code remembered} of each, and everything when the node restarts. One node answers its own sign-ins, so that is
 * where the count is kept.
 */
public final class SignInAttempts {

    private static final Logger LOG = LoggerFactory.getLogger(SignInAttempts.class);
    /** No username is longer; longer names, which no one has, share one count. */
    private static final int LONGEST_NAME = 64;

    private final SignInLimits limits;
    private final Clock clock;
    private final Tallies accounts;
    private final Tallies addresses;

    public SignInAttempts(SignInLimits limits, Clock clock, int remembered) {
        if (remembered < 1) {
            throw new IllegalArgumentException("remembered " + remembered + " must be at least 1");
        }
        this.limits = limits;
        this.clock = clock;
        this.accounts = new Tallies(remembered);
        this.addresses = new Tallies(remembered);
    }

    /** Until when signing in to {@code account} from {@code address} is paused; empty when it is not. */
    public synchronized Optional<Instant> pausedUntil(String account, String address) {
        Instant now = clock.instant();
        return Stream.of(accounts.pausedUntil(accountKey(account), now), addresses.pausedUntil(addressKey(address), now))
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
    }

    /** Counts a failed sign-in; the failure that reaches a limit starts the pause. */
    public synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        if (accounts.failed(accountKey(account), now, limits.accountFailures())) {
            LOG.warn("sign-in to account {} is paused for {} after {} failures", printable(account), limits.pause(),
                    limits.accountFailures());
        }
        if (addresses.failed(addressKey(address), now, limits.addressFailures())) {
            LOG.warn("sign-in from {} is paused for {} after {} failures", addressKey(address), limits.pause(),
                    limits.addressFailures());
        }
    }

    /** A sign-in succeeded: the account's failures are forgotten (the address's are not: one may own an account). */
    public synchronized void succeeded(String account) {
        accounts.forget(accountKey(account));
    }

    private static String accountKey(String account) {
        String name = account == null ? "" : account;
        return name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME) + "...";
    }

    /** An IPv4 address as it is; an IPv6 address by its first 64 bits. */
    static String addressKey(String address) {
        if (address == null || !address.contains(":")) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no name is looked up
            if (bytes.length != 16) {
                return address;
            }
            String hex = HexFormat.of().formatHex(bytes, 0, 8);
            return String.join(":", hex.substring(0, 4), hex.substring(4, 8), hex.substring(8, 12),
                    hex.substring(12, 16)) + "::/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** The name for the log: as typed if it could be a username, otherwise not at all (it may be anything). */
    private static String printable(String account) {
        return Username.isWellFormed(account) ? account : "(a name no one can have)";
    }

    private final class Tallies {
        private final Map<String, Tally> byKey;

        Tallies(int remembered) {
            this.byKey = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Tally> eldest) {
                    return size() > remembered;
                }
            };
        }

        Optional<Instant> pausedUntil(String key, Instant now) {
            Tally tally = byKey.get(key);
            return tally != null && tally.pausedUntil() != null && now.isBefore(tally.pausedUntil())
                    ? Optional.of(tally.pausedUntil()) : Optional.empty();
        }

        /** Whether this failure started a pause. */
        boolean failed(String key, Instant now, int limit) {
            Tally tally = byKey.get(key);
            if (tally == null || !now.isBefore(tally.since().plus(limits.window()))) {
                tally = new Tally(0, now, null);
            }
            boolean pauses = tally.failures() + 1 >= limit;
            byKey.put(key, pauses ? new Tally(0, now, now.plus(limits.pause()))
                    : new Tally(tally.failures() + 1, tally.since(), tally.pausedUntil()));
            return pauses;
        }

        void forget(String key) {
            byKey.remove(key);
        }
    }

    /** Failures since {@code since}, and the end of the pause they led to, if any. */
    private record Tally(int failures, Instant since, Instant pausedUntil) {
    }
}
