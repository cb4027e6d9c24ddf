package org.crossings.server.stats;

/** Where in a crossing a traveller was refused, and so whose list of reason codes the refusal's reason comes from. */
public enum RefusalStep {
    /** The front office at intake: no agreement allows it; reasons are eligibility codes ({@code no-agreement}). */
    INTAKE("intake"),
    /** The exit state's officer; reasons are that state's exit refusal codes. */
    EXIT("exit"),
    /** The entry state's officer; reasons are the standard form's codes {@code A} to {@code I}. */
    ENTRY("entry");

    private final String word;

    RefusalStep(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
