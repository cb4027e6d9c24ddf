package org.crossings.server.journal;

/**
 * The entry is durable in the log, but the read models had not applied it when the caller stopped waiting: the
 * change is acknowledged (never a 5xx), and its effect shows in the read models as soon as they catch up.
 */
public final class RecordedNotApplied extends RuntimeException {

    private final long index;
    private final Subject subject;

    public RecordedNotApplied(long index, Subject subject) {
        super("entry " + index + " about " + subject + " is in the log; the read models will show it once they have"
                + " caught up");
        this.index = index;
        this.subject = subject;
    }

    public long index() {
        return index;
    }

    public Subject subject() {
        return subject;
    }
}
