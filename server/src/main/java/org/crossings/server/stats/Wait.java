package org.crossings.server.stats;

/** Which waiting time of a case: from one step of its crossing to the decision that follows. */
public enum Wait {
    /** From intake ({@code traveller.taken-in}) to the exit state's decision (exit allowed or refused). */
    EXIT("exit"),
    /** From exit allowed to the entry state's decision (admitted or entry refused). */
    ENTRY("entry"),
    /** From intake to the final decision of the case: the whole decision time. */
    TOTAL("total");

    private final String word;

    Wait(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
