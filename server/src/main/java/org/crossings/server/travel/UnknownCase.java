package org.crossings.server.travel;

/** No case has this reference, or none that the asker may see. */
public final class UnknownCase extends RuntimeException {

    public UnknownCase(CaseReference reference) {
        super("case \"" + reference + "\" does not exist");
    }

    private UnknownCase(String message) {
        super(message);
    }

    /**
     * The one answer to a receipt asked without its traveller's secret, whether the case exists or not: whoever merely
     * knows, or guesses, a reference learns nothing of it.
     */
    public static UnknownCase withoutItsSecret(CaseReference reference) {
        return new UnknownCase("case \"" + reference + "\" does not exist, or secret is not its traveller's secret");
    }

    /** Told only to the holder of a pre-registration's secret: the log has no case of it yet, so no receipt. */
    public static UnknownCase notLoggedYet(CaseReference reference) {
        return new UnknownCase("case \"" + reference + "\" is pre-registered only; it enters the log, with a receipt,"
                + " when the front office takes the traveller in");
    }
}
