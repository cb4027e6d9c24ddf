package org.crossings.server.travel.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The limits of the anonymous door, in memory: a token bucket per client address and one for everyone together. A
 * request passes only if both have a token, and then takes from both; a refused one takes nothing. An IPv6 client is
 * counted by its /64, the block one subscriber is usually given, so that it cannot draw fresh buckets from its own
 * addresses. At most {@code addresses} buckets are kept, the least recently used forgotten first: a forgotten
 * address starts full again, and the overall bucket still holds everyone to its rate.
 */
final class DoorLimits {

    /** What the limits say to one request. */
    sealed interface Verdict {
        record Pass() implements Verdict {
        }

        /** @param limit in words, for the refusal: "from this address: 60 per 10m" */
        record Wait(Duration retryAfter, String limit) implements Verdict {
        }
    }

    private final Rate perAddress;
    private final Rate overall;
    private final LongSupplier nanoTime;
    private final TokenBucket everyone;
    private final Map<String, TokenBucket> byAddress;

    DoorLimits(Rate perAddress, Rate overall, int addresses, LongSupplier nanoTime) {
        this.perAddress = Objects.requireNonNull(perAddress, "perAddress");
        this.overall = Objects.requireNonNull(overall, "overall");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.everyone = new TokenBucket(overall, nanoTime.getAsLong());
        this.byAddress = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TokenBucket> eldest) {
                return size() > addresses;
            }
        };
    }

    synchronized Verdict admit(String address) {
        long now = nanoTime.getAsLong();
        TokenBucket client = byAddress.computeIfAbsent(client(address), key -> new TokenBucket(perAddress, now));
        Duration clientWait = client.waitAt(now);
        if (!clientWait.isZero()) {
            return new Verdict.Wait(clientWait, "from this address: " + perAddress);
        }
        Duration overallWait = everyone.waitAt(now);
        if (!overallWait.isZero()) {
            return new Verdict.Wait(overallWait, "from everyone together: " + overall);
        }
        client.take(now);
        everyone.take(now);
        return new Verdict.Pass();
    }

    /** The key a client is counted under: its IPv4 address, or the /64 of its IPv6 address. */
    static String client(String address) {
        if (!address.contains(":") && !address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return address; // not a literal address: counted by what it is, and never looked up in the DNS
        }
        try {
            InetAddress parsed = InetAddress.getByName(address.startsWith("[") ? address.substring(1,
                    address.length() - 1) : address); // a literal: no lookup is made
            if (parsed instanceof Inet6Address) {
                byte[] bytes = parsed.getAddress();
                return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException | IndexOutOfBoundsException notALiteral) {
            return address; // a container that gives no literal address: counted by what it gives
        }
    }
}
