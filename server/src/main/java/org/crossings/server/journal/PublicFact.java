package org.crossings.server.journal;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One public fact of an envelope, in one of the few shapes the envelope format has: a text, or named texts (an
 * object of strings). What a fact means is the business of the feature that supplies it; the journal only writes it
 * into the signed bytes and reads it back.
 */
public sealed interface PublicFact {

    /** A fact that is one string, such as a crossing point's id. */
    record Text(String value) implements PublicFact {
        public Text {
            Objects.requireNonNull(value, "public fact text");
        }
    }

    /** A fact that is an object of named strings, such as a direction's {@code from} and {@code to}. */
    record Fields(SortedMap<String, String> members) implements PublicFact {
        public Fields {
            members.forEach((name, value) -> Objects.requireNonNull(value, "public fact field " + name));
            members = Collections.unmodifiableSortedMap(new TreeMap<>(members));
        }
    }
}
