package org.crossings.server.agreement;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The travellers an agreement admits: a person crosses if their nationality is in one of the classes and their
 * travel document has one of the codes. Both lists are required and non-empty: a signed opening must say whom it
 * opens for, never admit "anyone" by omission.
 */
public record Travellers(List<NationalityClass> nationalities, List<DocumentCode> documents) {

    public Travellers {
        nationalities = List.copyOf(Objects.requireNonNull(nationalities, "travellers.nationalities"));
        documents = List.copyOf(Objects.requireNonNull(documents, "travellers.documents"));
        requireNonEmptyAndUnique("travellers.nationalities", nationalities);
        requireNonEmptyAndUnique("travellers.documents", documents);
    }

    static <T> void requireNonEmptyAndUnique(String path, List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException(path + " is empty; it must list at least one value");
        }
        if (Set.copyOf(values).size() != values.size()) {
            throw new IllegalArgumentException(path + " " + values + " lists a value twice");
        }
    }
}
