package org.crossings.server.journal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
    private static final Set<String> COMMON = union(Set.of("v", "type", "time", "subject", "actor", "key",
            "signature"), EnvelopeFormat.factNames());
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
        node.put("actor", envelope.actor().code());
        node.put("key", envelope.key().hex());
        envelope.facts().byName().forEach((name, fact) -> {
            switch (fact) {
                case PublicFact.Text text -> node.put(name, text.value());
                case PublicFact.Fields fields -> {
                    ObjectNode object = node.putObject(name);
                    fields.members().forEach(object::put);
                }
            }
        });
        if (envelope.version() == 1) {
            ArrayNode recipients = node.putArray("recipients");
            envelope.recipients().forEach(party -> recipients.add(party.code()));
        } else {
            ArrayNode parts = node.putArray("parts");
            envelope.parts().forEach(part -> {
                ObjectNode written = parts.addObject().put("name", part.name());
                ArrayNode recipients = written.putArray("recipients");
                part.recipients().forEach(party -> recipients.add(party.code()));
                written.put("digest", part.digest().hex());
            });
        }
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
                Signatory.of(text(node, "actor")),
                keyId(node),
                facts(node),
                parts,
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

    /**
     * The public facts the envelope holds: each text member as a text, the direction as its {@code from} and {@code
     * to} (other members of it were never read, so they are not now), in the form its version allows.
     */
    private static PublicFacts facts(JsonNode node) {
        PublicFacts facts = PublicFacts.none();
        for (String name : EnvelopeFormat.factNames()) {
            if (name.equals(EnvelopeFormat.DIRECTION) && node.has(name)) {
                JsonNode direction = node.get(name);
                facts = facts.with(name, new PublicFact.Fields(new java.util.TreeMap<>(
                        java.util.Map.of("from", text(direction, "from"), "to", text(direction, "to")))));
            } else if (node.has(name)) {
                facts = facts.with(name, new PublicFact.Text(text(node, name)));
            }
        }
        return facts;
    }

    private static TreeSet<Signatory> recipients(JsonNode node) {
        JsonNode recipients = node.get("recipients");
        if (recipients == null || !recipients.isArray()) {
            throw new IllegalArgumentException("envelope recipients: an array of party codes is required");
        }
        TreeSet<Signatory> parties = new TreeSet<>();
        recipients.forEach(party -> parties.add(Signatory.of(party.isString() ? party.stringValue() : "" + party)));
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
