package org.crossings.server;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeFormat;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.EventType;
import org.crossings.server.journal.PublicFacts;
import org.crossings.server.journal.Subject;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.PlaceFacts;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.KeyId;
import tools.jackson.databind.JsonNode;

/**
 * Test fixture: envelopes and events built from the features' typed values, as the features' tests wrote them before
 * the journal stopped knowing parties and places (the features convert at their edge, as these do).
 */
public final class EnvelopeFixtures {

    private EnvelopeFixtures() {
    }

    /** The public facts of a traveller's or agreement's entry, from typed values. */
    public static PublicFacts facts(Optional<? extends PassageId> passage, Optional<Direction> direction,
            Optional<String> category, Optional<String> allowedBy, Optional<String> reason) {
        PublicFacts facts = PublicFacts.none();
        if (passage.isPresent()) {
            facts = PlaceFacts.with(facts, passage.get());
        }
        if (direction.isPresent()) {
            facts = PlaceFacts.with(facts, direction.get());
        }
        return facts.withText(EnvelopeFormat.CATEGORY, category).withText(EnvelopeFormat.ALLOWED_BY, allowedBy)
                .withText(EnvelopeFormat.REASON, reason);
    }

    /** A version 1 envelope: one payload, its recipients and digest. */
    public static Envelope v1(EventType type, Instant time, Subject subject, PartyCode actor, KeyId key,
            Optional<? extends PassageId> passage, Optional<Direction> direction, Optional<String> category,
            Collection<PartyCode> recipients, Optional<String> allowedBy, Optional<String> reason, Hash digest,
            byte[] signature) {
        return new Envelope(type, time, subject, actor.signatory(), key,
                facts(passage, direction, category, allowedBy, reason),
                new TreeSet<>(PartyCode.signatories(recipients)), digest, signature);
    }

    /** An event whose payload goes whole to its recipients. */
    public static Event event(EventType type, Subject subject, PartyCode actor, Optional<? extends PassageId> passage,
            Optional<Direction> direction, Optional<String> category, Collection<PartyCode> recipients,
            Optional<String> allowedBy, JsonNode payload) {
        return new Event(type, subject, actor.signatory(), facts(passage, direction, category, allowedBy,
                Optional.empty()), PartyCode.signatories(recipients), payload);
    }
}
