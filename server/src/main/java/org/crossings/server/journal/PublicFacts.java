package org.crossings.server.journal;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The public facts a feature gives an envelope, by name: where, which way, what category, which agreement allowed it,
 * the coded reason of a refusal. The journal does not interpret them; {@link EnvelopeFormat} says which names and
 * shapes each envelope version can hold, and the features convert their typed values at their edge.
 */
public record PublicFacts(SortedMap<String, PublicFact> byName) {

    private static final PublicFacts NONE = new PublicFacts(new TreeMap<>());

    public PublicFacts {
        byName.forEach((name, fact) -> {
            Objects.requireNonNull(fact, "public fact " + name);
            if (!name.matches("[a-z][A-Za-z]{0,31}")) {
                throw new IllegalArgumentException("public fact name \"" + name + "\" must be a camel-case word");
            }
        });
        byName = Collections.unmodifiableSortedMap(new TreeMap<>(byName));
    }

    /** No public facts: party and place business. */
    public static PublicFacts none() {
        return NONE;
    }

    /** These facts and {@code fact} under {@code name} (replacing a fact of that name). */
    public PublicFacts with(String name, PublicFact fact) {
        TreeMap<String, PublicFact> all = new TreeMap<>(byName);
        all.put(name, fact);
        return new PublicFacts(all);
    }

    /** These facts and the text {@code value} under {@code name}, if there is a value. */
    public PublicFacts withText(String name, Optional<String> value) {
        return value.map(text -> with(name, new PublicFact.Text(text))).orElse(this);
    }

    /** The text fact of this name, if there is one. */
    public Optional<String> text(String name) {
        return byName.get(name) instanceof PublicFact.Text text ? Optional.of(text.value()) : Optional.empty();
    }

    /** The named texts of this name, if there are. */
    public Optional<SortedMap<String, String>> fields(String name) {
        return byName.get(name) instanceof PublicFact.Fields fields ? Optional.of(fields.members())
                : Optional.empty();
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }
}
