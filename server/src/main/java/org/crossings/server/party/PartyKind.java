package org.crossings.server.party;

/** What a party may do; see the roles table of DESIGN.md. */
public enum PartyKind {
    /** A state: decides on its own territory and signs agreements for itself. Its code is its ISO alpha-3 code. */
    STATE,
    /** The neutral route operator: runs the front office, never decides for a state. */
    OPERATOR,
    /** Reads what agreements disclose to it; never signs, never decides. */
    OBSERVER
}
