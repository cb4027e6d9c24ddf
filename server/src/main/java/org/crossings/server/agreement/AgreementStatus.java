package org.crossings.server.agreement;

/** Where an agreement stands at an instant; see {@link Agreement} for the life cycle. */
public enum AgreementStatus {
    /** Proposed, but not every party has signed yet. */
    PROPOSED,
    /** Signed by every party, but its window has not begun at any of its posts. */
    SIGNED,
    /** Signed by every party and within its window: it allows crossings. */
    IN_FORCE,
    /** Suspended by a party; it allows nothing any more. */
    SUSPENDED,
    /** Its window has ended at every one of its posts. */
    EXPIRED
}
