package org.crossings.server.journal;

import java.util.Objects;

/**
 * What an entry is about: the kind of thing and its id ({@code agreement/ARM-TUR-2022-07}). The journal does not know
 * the features above it, so a feature names its own things here; replaying the log groups entries by subject.
 */
public record Subject(String kind, String id) {

    public Subject {
        Objects.requireNonNull(kind, "subject kind");
        Objects.requireNonNull(id, "subject id");
        if (!kind.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("subject kind \"" + kind + "\" must be a lower-case word");
        }
        if (id.isBlank() || id.contains("/") || id.length() > 128) {
            throw new IllegalArgumentException("subject id \"" + id + "\" must be 1 to 128 characters without '/'");
        }
    }

    public static Subject parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("subject \"" + text + "\" must be kind/id");
        }
        return new Subject(text.substring(0, slash), text.substring(slash + 1));
    }

    @Override
    public String toString() {
        return kind + "/" + id;
    }
}
