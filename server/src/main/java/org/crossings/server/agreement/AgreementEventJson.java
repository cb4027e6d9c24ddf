package org.crossings.server.agreement;

import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.crossings.server.agreement.AgreementEvent.AgreementProposed;
import org.crossings.server.agreement.AgreementEvent.AgreementSigned;
import org.crossings.server.agreement.AgreementEvent.AgreementSuspended;
import org.crossings.server.journal.EventType;
import org.crossings.server.party.Parties;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.Places;
import org.crossings.tlog.note.KeyId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Agreement events as the payloads of log entries, holding everything {@link Agreement#replay} needs, so that any
 * party rebuilds every agreement from the log alone:
 *
 * <pre>{@code
 * agreement.proposed / agreement.amended  {"agreement": id, "version": n, "proposer": "ARM", "at": instant, "terms": {...}}
 * agreement.signed     {"agreement": id, "version": n, "party": "TUR", "keyId": "c74f20a3", "signedAt": instant,
 *                       "signature": base64 Ed25519 over the agreement's signed bytes}
 * agreement.suspended  {"agreement": id, "version": n, "by": "TUR", "reason": "...", "at": instant}
 * }</pre>
 */
public final class AgreementEventJson {

    public static final EventType PROPOSED = EventType.of("agreement.proposed");
    public static final EventType AMENDED = EventType.of("agreement.amended");
    public static final EventType SIGNED = EventType.of("agreement.signed");
    public static final EventType SUSPENDED = EventType.of("agreement.suspended");
    private static final Set<EventType> TYPES = Set.of(PROPOSED, AMENDED, SIGNED, SUSPENDED);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AgreementEventJson() {
    }

    public static boolean isAgreementEvent(EventType type) {
        return TYPES.contains(type);
    }

    public static EventType type(AgreementEvent event) {
        return switch (event) {
            case AgreementProposed proposed -> proposed.agreement().version() == 1 ? PROPOSED : AMENDED;
            case AgreementSigned signed -> SIGNED;
            case AgreementSuspended suspended -> SUSPENDED;
        };
    }

    public static ObjectNode write(AgreementEvent event) {
        ObjectNode node = NODES.objectNode().put("agreement", event.agreement().id().value())
                .put("version", event.agreement().version());
        return switch (event) {
            case AgreementProposed p -> node.put("proposer", p.proposer().value()).put("at", p.at().toString())
                    .set("terms", TermsJson.write(p.terms()));
            case AgreementSigned s -> node.put("party", s.signature().party().value())
                    .put("keyId", s.signature().keyId().hex())
                    .put("signedAt", s.signature().signedAt().toString())
                    .put("signature", Base64.getEncoder().encodeToString(s.signature().signature()));
            case AgreementSuspended s -> node.put("by", s.by().value()).put("reason", s.reason())
                    .put("at", s.at().toString());
        };
    }

    /**
     * Reads the event of an agreement entry; its terms are resolved against the parties and places known at that
     * point of the log.
     *
     * @throws IllegalArgumentException if the payload is not such an event
     */
    public static AgreementEvent read(EventType type, JsonNode payload, Parties parties, Places places) {
        AgreementRef ref = new AgreementRef(AgreementId.of(text(payload, "agreement")), payload.path("version").asInt());
        if (type.equals(PROPOSED) || type.equals(AMENDED)) {
            Terms terms = TermsDocument.parse(payload.path("terms").toString(), parties, places);
            return new AgreementProposed(ref, terms, party(payload, "proposer"), instant(payload, "at"));
        }
        if (type.equals(SIGNED)) {
            return new AgreementSigned(ref, new AgreementSignature(party(payload, "party"),
                    KeyId.parse(text(payload, "keyId")), instant(payload, "signedAt"),
                    Base64.getDecoder().decode(text(payload, "signature"))));
        }
        if (type.equals(SUSPENDED)) {
            return new AgreementSuspended(ref, party(payload, "by"), text(payload, "reason"), instant(payload, "at"));
        }
        throw new IllegalArgumentException("event type \"" + type + "\" is not an agreement event");
    }

    private static String text(JsonNode payload, String field) {
        JsonNode value = payload.path(field);
        if (!value.isString()) {
            throw new IllegalArgumentException("agreement event: " + field + " " + value + " must be a string");
        }
        return value.stringValue();
    }

    private static PartyCode party(JsonNode payload, String field) {
        return PartyCode.of(text(payload, field));
    }

    private static Instant instant(JsonNode payload, String field) {
        return Instant.parse(text(payload, field));
    }
}
