package org.crossings.server.value.http;

import java.io.IOException;

/** A request body larger than the server reads: answered 413 before, or as soon as, the bound is passed. */
final class BodyTooLarge extends IOException {

    private final long limit;

    BodyTooLarge(long limit, String what) {
        super("the request body " + what + "; this server reads at most " + limit + " bytes of JSON");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
