package org.crossings.server.journal;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import tools.jackson.databind.JsonNode;

/**
 * A change a use case decided on, before it is in the log: the envelope's public facts and the private payload.
 * {@link Journal#record} turns it into a signed {@link Envelope}.
 *
 * @param reason the coded reason of a refusal, public in the envelope so that anyone can count refusals by reason
 */
public record Event(
        EventType type,
        Subject subject,
        PartyCode actor,
        Optional<PassageId> passage,
        Optional<Direction> direction,
        Optional<String> category,
        Set<PartyCode> recipients,
        Optional<String> allowedBy,
        JsonNode payload,
        Optional<String> reason) {

    public Event {
        Objects.requireNonNull(type, "event type");
        Objects.requireNonNull(subject, "event subject");
        Objects.requireNonNull(actor, "event actor");
        Objects.requireNonNull(payload, "event payload");
        passage = Objects.requireNonNullElse(passage, Optional.empty());
        direction = Objects.requireNonNullElse(direction, Optional.empty());
        category = Objects.requireNonNullElse(category, Optional.empty());
        allowedBy = Objects.requireNonNullElse(allowedBy, Optional.empty());
        reason = Objects.requireNonNullElse(reason, Optional.empty());
        recipients = Set.copyOf(recipients);
        allowedBy.ifPresent(text -> SignableText.requireSignable("allowedBy", text));
        SignableText.requireSignable("subject", subject.id());
        SignableText.requireSignable(payload);
    }

    /** An event without a coded reason. */
    public Event(EventType type, Subject subject, PartyCode actor, Optional<PassageId> passage,
            Optional<Direction> direction, Optional<String> category, Set<PartyCode> recipients,
            Optional<String> allowedBy, JsonNode payload) {
        this(type, subject, actor, passage, direction, category, recipients, allowedBy, payload, Optional.empty());
    }

    /** An event with no place, direction, category or agreement: party and agreement business. */
    public static Event of(EventType type, Subject subject, PartyCode actor, Set<PartyCode> recipients,
            JsonNode payload) {
        return new Event(type, subject, actor, Optional.empty(), Optional.empty(), Optional.empty(), recipients,
                Optional.empty(), payload);
    }
}
