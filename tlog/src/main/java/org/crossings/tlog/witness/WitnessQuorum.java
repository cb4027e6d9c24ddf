package org.crossings.tlog.witness;

import java.util.List;

/**
 * What a {@link WitnessPolicy} found on a note: which witnesses' cosignatures verified, which known witnesses'
 * signatures did not, and how many were needed.
 */
public record WitnessQuorum(List<String> signed, List<String> invalid, int needed, int witnesses) {

    public WitnessQuorum {
        signed = List.copyOf(signed);
        invalid = List.copyOf(invalid);
    }

    /** Enough witnesses cosigned, and no known witness's signature was bad (which would mean tampering). */
    public boolean satisfied() {
        return invalid.isEmpty() && signed.size() >= needed;
    }

    /** E.g. {@code cosigned by 1 of 3 witnesses [w1.example], 2 needed}. */
    public String describe() {
        String text = "cosigned by " + signed.size() + " of " + witnesses + " witnesses " + signed + ", " + needed
                + " needed";
        return invalid.isEmpty() ? text : text + "; signatures by " + invalid + " do not verify";
    }
}
