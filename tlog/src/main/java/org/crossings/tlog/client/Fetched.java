package org.crossings.tlog.client;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What a log answered for a tile or bundle: served, or absent. Absence is a value, not an error: when the resource is
 * one a signed checkpoint covers, it is evidence that the log lost or deleted part of what it signed.
 */
public sealed interface Fetched {

    /** What was asked for. */
    TileResource wanted();

    /**
     * A served resource.
     *
     * @param wanted what was asked for
     * @param served what the log served: {@code wanted}, or the full resource when the partial one was gone
     * @param body the bytes served, unchecked
     */
    record Served(TileResource wanted, TileResource served, byte[] body) implements Fetched {

        public Served {
            Objects.requireNonNull(wanted, "wanted");
            Objects.requireNonNull(served, "served");
            Objects.requireNonNull(body, "body");
            if (!served.equals(wanted) && !served.equals(wanted.full())) {
                throw new IllegalArgumentException(served + " cannot stand in for " + wanted);
            }
        }
    }

    /**
     * A resource the log answered it does not have: for a partial one, neither it nor the full one that replaces it.
     *
     * @param wanted what was asked for
     * @param answers each request made and the log's answer, in order
     */
    record Absent(TileResource wanted, List<Answer> answers) implements Fetched {

        public Absent {
            Objects.requireNonNull(wanted, "wanted");
            answers = List.copyOf(answers);
            if (answers.isEmpty()) {
                throw new IllegalArgumentException("an absent " + wanted + " needs the answer that said so");
            }
        }
    }

    /**
     * One request and the HTTP status the log answered.
     *
     * @param uri the URL requested
     * @param status the HTTP status answered
     */
    record Answer(URI uri, int status) {

        public Answer {
            Objects.requireNonNull(uri, "uri");
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("HTTP status " + status + " must be in [100, 599]");
            }
        }

        @Override
        public String toString() {
            return "GET " + uri + " answered HTTP " + status;
        }
    }
}
