package org.crossings.server.journal.follow;

import java.util.Collection;
import java.util.Map;
import org.crossings.tlog.merkle.Hash;

/**
 * The payload parts owed to this node, by the digest their envelope carries: this node's own store now, pulled from
 * the operator's node for a party's mirror later.
 *
 * <p>Contract: {@link #payloads} MUST answer only parts whose salted digest is the one asked for, and MUST leave out a
 * part this node does not hold (a part owed to other parties, or withheld) rather than fail: a missing part is the
 * entry's business, not the follower's. It MUST NOT assume a transaction shared with the follower's read models.
 */
@FunctionalInterface
public interface OwedPayloads {

    /** The parts of these digests that this node holds, in one call. */
    Map<Hash, byte[]> payloads(Collection<Hash> digests);
}
