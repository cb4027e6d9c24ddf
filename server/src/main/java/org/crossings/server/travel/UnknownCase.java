package org.crossings.server.travel;

/** No case has this reference. */
public final class UnknownCase extends RuntimeException {

    public UnknownCase(CaseReference reference) {
        super("case \"" + reference + "\" does not exist");
    }
}
