package org.crossings.server.travel;

import java.util.List;
import java.util.Optional;
import org.crossings.server.place.PostCode;
import org.crossings.tlog.merkle.Hash;

/**
 * Travellers' cases as the log has recorded them: the read model that the front office, the posts' queues and the
 * decisions consult.
 *
 * <p>Contract: an implementation MUST answer from the log's entries alone (and the payloads this node holds), and
 * MUST reflect a case entry once {@code Journal.record} has returned for it.
 */
public interface Cases {

    Optional<TravellerCase> find(CaseReference reference);

    /** @throws UnknownCase if no case has this reference */
    default TravellerCase require(CaseReference reference) {
        return find(reference).orElseThrow(() -> new UnknownCase(reference));
    }

    /** Whether a case has this reference: a new random one MUST be checked, however unlikely a collision. */
    default boolean exists(CaseReference reference) {
        return find(reference).isPresent();
    }

    /**
     * The hash of the traveller's secret of this case ({@link TravellerSecret}), from the private payload of the entry
     * that took them in; none for a case this node holds no such payload of, or that an old log's entries opened.
     */
    Optional<Hash> secretHash(CaseReference reference);

    /** The cases waiting for a decision at {@code post}, the longest-waiting first; at most {@code limit}. */
    List<TravellerCase> queue(PostCode post, int limit);
}
