package org.crossings.server.travel;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crossings.server.party.PartyCode;

/** One log entry of a case, as its public envelope tells it: what, when, by which party, and who holds its payload. */
public record CaseEntry(long index, CaseEventType type, Instant time, PartyCode actor, Optional<String> reason,
                        Set<PartyCode> recipients) {

    public CaseEntry {
        Objects.requireNonNull(type, "case entry type");
        Objects.requireNonNull(time, "case entry time");
        Objects.requireNonNull(actor, "case entry actor");
        reason = Objects.requireNonNullElse(reason, Optional.empty());
        recipients = Set.copyOf(recipients);
    }
}
