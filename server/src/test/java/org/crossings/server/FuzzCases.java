package org.crossings.server;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Test fixture: the cases of the HTTP fuzz suite, from one seeded {@link Random} so that a failure can be repeated.
 * Bodies are mostly valid ones with one member changed ({@link FuzzedJson}), so that they get past the first check
 * and reach the deeper ones; the rest are random JSON, cut-off bodies and raw text.
 */
final class FuzzCases {

    /** JSON text of values a careless or hostile client sends: huge, tiny and odd numbers, control characters. */
    private static final List<String> ODD = List.of("1e-1000000000", "1e2147483648", "-0", "0x10", "1.5", "-1",
            "9223372036854775808", "99999999999999999999999999", "1e308", "NaN", "null", "true", "[]", "{}", "\"\"",
            "\"\\u0000\"", "\"\\ud800\"", "\"\\u0085\"", "\"9999-12-31T23:59:59Z\"", "\"+1000000000-01-01\"",
            "\"2025-02-30\"", "\"0x10\"", "\"1e-1000000000\"", "\"../../etc\"", "\"%00\"", "\"<script>\"",
            "\"" + "A".repeat(10_000) + "\"");
    private static final List<String> TYPES = List.of("text/plain", "application/xml",
            "application/json; charset=latin1", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
            "*/*", ";;;");
    private static final List<String> BAD_KEYS = List.of("\"\"", "\"a\\b\"", "x".repeat(300), "\"unterminated");
    private static final List<String> PATH_VALUES = List.of("0x10", "-1", "+1", "1e3", "99999999999999999999",
            "%00", "..%2F..", "%2e%2e", "%ff", "0", "007", "K7QM2XD4HRG", "AM-MARGARA", "ARM", "%201", "1;x=1", "%20",
            "%C3%A9");
    private static final List<String> READ_PATHS = List.of("/api/cases/%s", "/api/entries/%s/payload",
            "/api/posts/%s/queue", "/api/posts/AM-MARGARA/queue?limit=%s", "/api/statistics?from=%s",
            "/api/statistics?until=%s", "/api/findings?from=%s", "/api/findings?limit=%s", "/api/agreements/%s",
            "/api/agreements/ARM-TUR-2022-THIRD-COUNTRY/versions/%s", "/api/cases/K7QM2XD4HRG/receipts/%s",
            "/api/parties/%s", "/api/parties/%s/keys", "/api/posts/%s", "/log/tile/0/%s", "/log/tile/entries/%s",
            "/log/tile/%s/000");

    private final long seed;
    private final Random random;

    FuzzCases(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    long seed() {
        return seed;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A body made from a valid one. */
    String body(String valid) {
        int which = random.nextInt(40);
        return switch (random.nextInt(13)) {
            case 0, 1 -> json(3);
            case 2, 3, 4, 5, 6 -> FuzzedJson.replaceMember(valid, which, scalar());
            case 7, 8 -> FuzzedJson.removeMember(valid, which);
            case 9 -> FuzzedJson.doubleMember(valid, which);
            case 10 -> FuzzedJson.addMember(valid, "unexpected", scalar());
            case 11 -> valid.substring(0, random.nextInt(valid.length() + 1));
            default -> text(300);
        };
    }

    Optional<String> contentType() {
        int roll = random.nextInt(10);
        return roll < 8 ? Optional.of("application/json") : roll == 8 ? Optional.of(pick(TYPES)) : Optional.empty();
    }

    Optional<String> idempotencyKey() {
        int roll = random.nextInt(10);
        return roll < 6 ? Optional.empty() : roll < 9 ? Optional.of(Long.toString(random.nextLong(), 36))
                : Optional.of(pick(BAD_KEYS));
    }

    String readPath() {
        String value = random.nextBoolean() ? pick(PATH_VALUES) : HttpFuzzTest.encoded(printable(1 + random.nextInt(30)));
        return pick(READ_PATHS).formatted(value);
    }

    private String scalar() {
        return switch (random.nextInt(4)) {
            case 0 -> HttpFuzzTest.quote(text(60));
            case 1 -> Long.toString(random.nextLong());
            case 2 -> Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(40) - 20));
            default -> pick(ODD);
        };
    }

    private String json(int depth) {
        if (depth == 0 || random.nextInt(3) == 0) {
            return scalar();
        }
        StringBuilder json = new StringBuilder();
        boolean object = random.nextBoolean();
        json.append(object ? '{' : '[');
        for (int i = random.nextInt(5); i > 0; i--) {
            if (object) {
                json.append(HttpFuzzTest.quote(text(12))).append(": ");
            }
            json.append(json(depth - 1)).append(i > 1 ? ", " : "");
        }
        return json.append(object ? '}' : ']').toString();
    }

    /** Any characters: control characters, surrogates (paired or not), letters of any script. */
    private String text(int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : (char) (0x20 + random.nextInt(95)));
        }
        return text.toString();
    }

    private String printable(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('!' + random.nextInt(94)));
        }
        return text.toString();
    }
}
