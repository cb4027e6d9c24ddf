package org.crossings.server.stats;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.crossings.server.place.PassageId;

/**
 * How many travellers were refused at one step, for one coded reason, at one passage.
 *
 * @param reason the public reason code as the refusal's envelope writes it ({@code nationality-not-allowed},
 *     {@code X1}, {@code E}), or empty where the envelope gave none; text, so that codes this version does not know
 *     are still counted
 */
public record RefusalCount(RefusalStep step, Optional<String> reason, PassageId passage, long count) {

    static final Comparator<RefusalCount> ORDER = Comparator.comparing(RefusalCount::step)
            .thenComparing(RefusalCount::reason, Order.REASON)
            .thenComparing(RefusalCount::passage, Order.PASSAGE);

    public RefusalCount {
        Objects.requireNonNull(step, "refusal count step");
        Objects.requireNonNull(reason, "refusal count reason");
        Objects.requireNonNull(passage, "refusal count passage");
        if (count < 1) {
            throw new IllegalArgumentException("refusal count " + count + " must be at least 1");
        }
    }
}
