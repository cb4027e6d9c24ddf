package org.crossings.server.stats;

/** How a case ended: the final decision of its crossing, as the last envelope of the case records it. */
public enum Outcome {
    /** The entry state's officer admitted the traveller ({@code traveller.admitted}). */
    ADMITTED("admitted"),
    /** The entry state's officer refused entry ({@code traveller.entry-refused}). */
    ENTRY_REFUSED("entry-refused"),
    /** The exit state's officer refused exit ({@code traveller.exit-refused}). */
    EXIT_REFUSED("exit-refused"),
    /** The front office found no agreement that allows the crossing ({@code traveller.not-eligible}). */
    NOT_ELIGIBLE("not-eligible");

    private final String word;

    Outcome(String word) {
        this.word = word;
    }

    /** The outcome as a lower-case word, as the event type names it: {@code entry-refused}. */
    public String word() {
        return word;
    }
}
