package org.crossings.server.people;

import java.util.Set;
import org.crossings.server.party.PartyKind;

/**
 * What a person may do for their party. Each role may be held only in parties of certain kinds: only a state has
 * officers and signatories, so the operator can never make a sovereign decision; only the operator has a front office
 * and monitoring; only observers observe.
 */
public enum Role {
    /** Decides admission, exit, release and inspection at one post of their state; granted per post. */
    STATE_OFFICER("state officer", PartyKind.STATE),
    /** Signs (and suspends) agreements for their state. */
    AGREEMENT_SIGNATORY("agreement signatory", PartyKind.STATE),
    /** Takes in documents, declarations and fees, checks eligibility and routes cases to a state's back office. */
    OPERATOR_FRONT_OFFICE("operator front office", PartyKind.OPERATOR),
    /** Watches transit movements and alerts, and publishes the log. */
    OPERATOR_MONITORING("operator monitoring", PartyKind.OPERATOR),
    /** Reads what agreements disclose to their party. */
    OBSERVER("observer", PartyKind.OBSERVER),
    /**
     * Declares transit movements and reads their own. A carrier belongs to the state party in which it is registered.
     */
    CARRIER("carrier", PartyKind.STATE);

    private final String title;
    private final Set<PartyKind> heldIn;

    Role(String title, PartyKind heldIn) {
        this.title = title;
        this.heldIn = Set.of(heldIn);
    }

    /** The role in words, as messages name it: "state officer". */
    public String title() {
        return title;
    }

    /** Whether a person of a party of this kind may hold this role. */
    public boolean mayBeHeldIn(PartyKind kind) {
        return heldIn.contains(kind);
    }

    public Set<PartyKind> heldIn() {
        return heldIn;
    }
}
