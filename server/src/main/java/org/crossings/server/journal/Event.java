package org.crossings.server.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change a use case decided on, before it is in the log: the envelope's public facts and the private payload, in
 * parts that each go to their own recipients (a traveller's identity to the parties an agreement discloses identities
 * to, a decision to those it discloses decisions to). {@link Journal#record} turns it into a signed {@link Envelope}.
 *
 * @param facts the public facts its envelope will carry, as its feature writes them ({@link EnvelopeFormat})
 */
public record Event(
        EventType type,
        Subject subject,
        Signatory actor,
        PublicFacts facts,
        List<Part> parts) {

    /** One part of the payload, a JSON object, and the parties it goes to. */
    public record Part(String name, Set<Signatory> recipients, JsonNode content) {

        public Part {
            requireName(name);
            recipients = Set.copyOf(recipients);
            Objects.requireNonNull(content, "payload part " + name + ": content");
            if (recipients.isEmpty()) {
                throw new IllegalArgumentException("payload part " + name + ": at least one party must receive it");
            }
        }

        static void requireName(String name) {
            if (name == null || !name.matches("[a-z][a-z-]{0,31}")) {
                throw new IllegalArgumentException("payload part name \"" + name + "\" must be a lower-case word");
            }
        }
    }

    public Event {
        Objects.requireNonNull(type, "event type");
        Objects.requireNonNull(subject, "event subject");
        Objects.requireNonNull(actor, "event actor");
        facts = Objects.requireNonNullElse(facts, PublicFacts.none());
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("event " + type + ": at least one payload part is required");
        }
        if (parts.stream().map(Part::name).distinct().count() != parts.size()) {
            throw new IllegalArgumentException("event " + type + ": a payload part name is used twice");
        }
        facts.text(EnvelopeFormat.ALLOWED_BY).ifPresent(text -> SignableText.requireSignable("allowedBy", text));
        SignableText.requireSignable("subject", subject.id());
        parts.forEach(part -> SignableText.requireSignable(part.content()));
    }

    /** An event whose payload goes whole to the same recipients. */
    public Event(EventType type, Subject subject, Signatory actor, PublicFacts facts, Set<Signatory> recipients,
            JsonNode payload) {
        this(type, subject, actor, facts, List.of(new Part(Envelope.WHOLE, recipients, payload)));
    }

    /** An event with no public facts, its payload whole: party and place business. */
    public static Event of(EventType type, Subject subject, Signatory actor, Set<Signatory> recipients,
            JsonNode payload) {
        return new Event(type, subject, actor, PublicFacts.none(), recipients, payload);
    }

    /** The whole payload as one object: the members of every part (a one-part payload as it is). */
    public JsonNode payload() {
        return merged(parts.stream().map(Part::content).toList());
    }

    /** Every party that receives some part. */
    public Set<Signatory> recipients() {
        Set<Signatory> all = new java.util.TreeSet<Signatory>();
        parts.forEach(part -> all.addAll(part.recipients()));
        return all;
    }

    /**
     * The members of several parts as one object, as a read model sees the parts it holds. Part names are the
     * writer's business; the members of different parts never share a name.
     */
    public static JsonNode merged(List<JsonNode> contents) {
        if (contents.size() == 1) {
            return contents.getFirst();
        }
        ObjectNode whole = JsonNodeFactory.instance.objectNode();
        List<JsonNode> objects = new ArrayList<>(contents);
        objects.stream().filter(JsonNode::isObject).forEach(content -> content.properties()
                .forEach(member -> whole.set(member.getKey(), member.getValue())));
        return whole;
    }
}
