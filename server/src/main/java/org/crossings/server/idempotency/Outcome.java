package org.crossings.server.idempotency;

/** The answer given to the first request with a key, kept to be given again to its retries. */
public record Outcome(int status, String contentType, byte[] body) {

    public Outcome {
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
