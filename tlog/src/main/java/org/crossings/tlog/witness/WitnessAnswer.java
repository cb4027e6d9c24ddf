package org.crossings.tlog.witness;

import java.util.Objects;

/**
 * A witness's answer to an add-checkpoint request, as the HTTP status, content type and body the spec prescribes.
 *
 * @param status      HTTP status code: 200, 400, 403, 404, 409 or 422
 * @param contentType the body's media type, e.g. {@code text/x.tlog.size} with a 409
 * @param body        the cosignature lines with a 200, the latest size with a 409, an explanation otherwise
 */
public record WitnessAnswer(int status, String contentType, String body) {

    public static final String SIZE_TYPE = "text/x.tlog.size";
    public static final String TEXT_TYPE = "text/plain; charset=utf-8";

    public WitnessAnswer {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("HTTP status " + status + " out of range");
        }
        Objects.requireNonNull(contentType, "content type");
        Objects.requireNonNull(body, "body");
    }

    static WitnessAnswer cosigned(String signatureLines) {
        return new WitnessAnswer(200, TEXT_TYPE, signatureLines);
    }

    static WitnessAnswer conflict(long latestSize) {
        return new WitnessAnswer(409, SIZE_TYPE, latestSize + "\n");
    }

    /** A refusal or error, its reason in plain text. */
    public static WitnessAnswer refused(int status, String reason) {
        return new WitnessAnswer(status, TEXT_TYPE, reason + "\n");
    }
}
