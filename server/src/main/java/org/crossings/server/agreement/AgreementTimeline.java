package org.crossings.server.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.crossings.server.party.PartyCode;

/**
 * The story of one agreement version, in the order it happened: which steps were agreed, and whether anything was
 * ever done under it ({@code used} counts the log entries whose envelope names it as the agreement that allowed
 * them). An agreement in force and never used is a step agreed and never carried out.
 */
public record AgreementTimeline(AgreementRef agreement, String title, long used, List<Step> steps) {

    public AgreementTimeline {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }

    public enum Kind {
        PROPOSED, SIGNED, IN_FORCE, SUSPENDED
    }

    /**
     * One step: when the log recorded it (in force: when the last signature and the window's start allowed it), which
     * party took it (none for in force), and the reason given for a suspension.
     */
    public record Step(Kind kind, Instant at, PartyCode party, String detail) {
        public Step {
            Objects.requireNonNull(kind, "step kind");
            Objects.requireNonNull(at, "step at");
        }
    }
}
