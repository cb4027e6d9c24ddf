package org.crossings.server.journal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crossings.server.journal.CanonicalJson;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.PostCode;
import org.crossings.server.place.RouteId;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.KeyId;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bytes of an envelope in the log: RFC 8785 canonical JSON, so that any party re-encoding an envelope it read
 * gets the same bytes, and the signature (over the same object without its {@code signature} member) checks out.
 * Reading is strict: unknown members, a missing member or a malformed value are errors that name the member.
 */
public final class EnvelopeJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> COMMON = Set.of("v", "type", "time", "subject", "actor", "key", "crossingPoint",
            "route", "direction", "category", "allowedBy", "reason", "signature");
    /** Version 1: one payload, its recipients and digest. */
    private static final Set<String> V1 = union(COMMON, Set.of("recipients", "payloadDigest"));
    /** Version 2: the payload in parts, each with its name, recipients and digest. */
    private static final Set<String> V2 = union(COMMON, Set.of("parts"));
    private static final Set<String> PART = Set.of("name", "recipients", "digest");

    private EnvelopeJson() {
    }

    /** The entry as it goes into the log. */
    public static byte[] bytes(Envelope envelope) {
        ObjectNode node = unsigned(envelope);
        node.put("signature", Base64.getEncoder().encodeToString(envelope.signature()));
        return CanonicalJson.bytes(node);
    }

    /** What the actor signs: the envelope without its signature. */
    public static byte[] signedBytes(Envelope envelope) {
        return CanonicalJson.bytes(unsigned(envelope));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static ObjectNode unsigned(Envelope envelope) {
        ObjectNode node = JSON.createObjectNode();
        node.put("v", envelope.version());
        node.put("type", envelope.type().value());
        node.put("time", envelope.time().toString());
        node.put("subject", envelope.subject().toString());
        node.put("actor", envelope.actor().value());
        node.put("key", envelope.key().hex());
        envelope.passage().ifPresent(passage -> node.put(
                passage instanceof RouteId ? "route" : "crossingPoint", passage.value()));
        envelope.direction().ifPresent(direction -> node.putObject("direction")
                .put("from", direction.from().value()).put("to", direction.to().value()));
        envelope.category().ifPresent(category -> node.put("category", category));
        if (envelope.version() == 1) {
            ArrayNode recipients = node.putArray("recipients");
            envelope.recipients().forEach(party -> recipients.add(party.value()));
        } else {
            ArrayNode parts = node.putArray("parts");
            envelope.parts().forEach(part -> {
                ObjectNode written = parts.addObject().put("name", part.name());
                ArrayNode recipients = written.putArray("recipients");
                part.recipients().forEach(party -> recipients.add(party.value()));
                written.put("digest", part.digest().hex());
            });
        }
        envelope.allowedBy().ifPresent(agreement -> node.put("allowedBy", agreement));
        envelope.reason().ifPresent(reason -> node.put("reason", reason));
        if (envelope.version() == 1) {
            node.put("payloadDigest", envelope.parts().getFirst().digest().hex());
        }
        return node;
    }

    /**
     * Reads an entry of the log.
     *
     * @throws IllegalArgumentException naming the member that is missing, unknown or malformed
     */
    public static Envelope parse(byte[] entry) {
        JsonNode node;
        try {
            node = JSON.readTree(entry);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("envelope: not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("envelope: must be a JSON object");
        }
        JsonNode v = node.path("v");
        int version = v.isInt() ? v.intValue() : -1;
        if (version != 1 && version != 2) {
            throw new IllegalArgumentException("envelope v \"" + v + "\" must be 1 or 2");
        }
        Set<String> members = version == 1 ? V1 : V2;
        node.propertyNames().forEach(name -> {
            if (!members.contains(name)) {
                throw new IllegalArgumentException("envelope: unknown member \"" + name + "\"");
            }
        });
        List<Envelope.Part> parts = version == 1
                ? List.of(new Envelope.Part(Envelope.WHOLE, recipients(node), Hash.fromHex(text(node, "payloadDigest"))))
                : parts(node);
        return new Envelope(
                version,
                EventType.of(text(node, "type")),
                instant(node),
                Subject.parse(text(node, "subject")),
                PartyCode.of(text(node, "actor")),
                keyId(node),
                passage(node),
                direction(node),
                optionalText(node, "category"),
                parts,
                optionalText(node, "allowedBy"),
                optionalText(node, "reason"),
                signature(node));
    }

    private static List<Envelope.Part> parts(JsonNode node) {
        JsonNode parts = node.get("parts");
        if (parts == null || !parts.isArray()) {
            throw new IllegalArgumentException("envelope parts: an array of payload parts is required");
        }
        List<Envelope.Part> read = new java.util.ArrayList<>();
        for (JsonNode part : parts) {
            if (!part.isObject()) {
                throw new IllegalArgumentException("envelope parts: each part must be an object");
            }
            part.propertyNames().forEach(name -> {
                if (!PART.contains(name)) {
                    throw new IllegalArgumentException("envelope part: unknown member \"" + name + "\"");
                }
            });
            read.add(new Envelope.Part(text(part, "name"), recipients(part), Hash.fromHex(text(part, "digest"))));
        }
        return read;
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("envelope " + member + ": a string is required, found " + value);
        }
        return value.stringValue();
    }

    private static Optional<String> optionalText(JsonNode node, String member) {
        return node.has(member) ? Optional.of(text(node, member)) : Optional.empty();
    }

    private static Instant instant(JsonNode node) {
        String time = text(node, "time");
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("envelope time \"" + time + "\" is not an ISO-8601 instant");
        }
    }

    private static KeyId keyId(JsonNode node) {
        String key = text(node, "key");
        if (!key.matches("[0-9a-f]{8}")) {
            throw new IllegalArgumentException("envelope key \"" + key + "\" must be 8 lower-case hex digits");
        }
        return KeyId.parse(key);
    }

    private static Optional<PassageId> passage(JsonNode node) {
        if (node.has("crossingPoint") && node.has("route")) {
            throw new IllegalArgumentException("envelope: crossingPoint and route must not both be present");
        }
        if (node.has("crossingPoint")) {
            return Optional.of(CrossingPointId.of(text(node, "crossingPoint")));
        }
        return node.has("route") ? Optional.of(RouteId.of(text(node, "route"))) : Optional.empty();
    }

    private static Optional<Direction> direction(JsonNode node) {
        JsonNode direction = node.get("direction");
        if (direction == null) {
            return Optional.empty();
        }
        return Optional.of(new Direction(PostCode.of(text(direction, "from")), PostCode.of(text(direction, "to"))));
    }

    private static TreeSet<PartyCode> recipients(JsonNode node) {
        JsonNode recipients = node.get("recipients");
        if (recipients == null || !recipients.isArray()) {
            throw new IllegalArgumentException("envelope recipients: an array of party codes is required");
        }
        TreeSet<PartyCode> parties = new TreeSet<>();
        recipients.forEach(party -> parties.add(PartyCode.of(party.isString() ? party.stringValue() : "" + party)));
        return parties;
    }

    private static byte[] signature(JsonNode node) {
        String signature = text(node, "signature");
        try {
            return Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("envelope signature \"" + signature + "\" is not base64");
        }
    }
}
