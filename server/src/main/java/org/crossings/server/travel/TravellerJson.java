package org.crossings.server.travel;

import java.time.LocalDate;
import java.util.Optional;
import org.crossings.tlog.merkle.Hash;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The private payloads of a case's entries. A traveller's entry keeps the machine-readable zone as read, so every
 * recipient parses the same document from it; a decision's entry keeps who decided, where, and the reason in words.
 */
public final class TravellerJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SECRET_HASH = "secretHash";

    /** The parts of a traveller's entry (envelope v2), each for its own recipients. */
    public static final String IDENTITY = "identity";
    public static final String TRAVEL_DOCUMENT = "travel-document";
    public static final String INTAKE = "intake";
    public static final String DECISION = "decision";

    private TravellerJson() {
    }

    /** The identity part: the document's machine-readable zone, which holds the names, nationality and birth date. */
    public static ObjectNode identity(TravellerCase.Traveller traveller) {
        return JSON.createObjectNode().put("mrz", traveller.document().mrz());
    }

    /** The travel-document part: what the document is, without whose it is. */
    public static ObjectNode travelDocument(TravelDocument document) {
        return JSON.createObjectNode().put("documentCode", document.code().value())
                .put("issuer", document.issuer().code()).put("documentNumber", document.documentNumber())
                .put("dateOfExpiry", document.dateOfExpiry().yymmdd());
    }

    /** The intake part: why and when the traveller travels, and who took them in. */
    public static ObjectNode intake(TravellerCase.Traveller traveller, String by) {
        ObjectNode node = JSON.createObjectNode();
        node.put("purpose", traveller.purpose().json());
        traveller.travelDate().ifPresent(date -> node.put("travelDate", date.toString()));
        node.put("by", by);
        return node;
    }

    /** The payload of an intake or a refusal at intake (and of an old log's pre-registration). */
    public static ObjectNode traveller(TravellerCase.Traveller traveller, String by) {
        ObjectNode node = JSON.createObjectNode();
        node.put("mrz", traveller.document().mrz());
        node.put("purpose", traveller.purpose().json());
        traveller.travelDate().ifPresent(date -> node.put("travelDate", date.toString()));
        node.put("by", by);
        return node;
    }

    /**
     * The payload of an intake, with the hash of the traveller's secret: it travels with the entry that opens the
     * case, so every node that holds the payload, and a rebuild from the log, knows it again.
     */
    public static ObjectNode withSecretHash(ObjectNode payload, Hash secretHash) {
        return payload.put(SECRET_HASH, secretHash.hex());
    }

    /** The hash of the traveller's secret a payload holds; none in an old log's entries, or one unreadable. */
    public static Optional<Hash> readSecretHash(JsonNode payload) {
        JsonNode hex = payload == null ? null : payload.get(SECRET_HASH);
        if (hex == null || !hex.isString()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Hash.fromHex(hex.stringValue()));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** The traveller a payload holds, if it holds one. */
    public static Optional<TravellerCase.Traveller> readTraveller(JsonNode payload) {
        if (payload == null || !payload.has("mrz")) {
            return Optional.empty();
        }
        JsonNode date = payload.get("travelDate");
        return Optional.of(new TravellerCase.Traveller(Mrz.parse(payload.get("mrz").stringValue()),
                Purpose.fromJson(payload.get("purpose").stringValue()),
                date == null ? Optional.empty() : Optional.of(LocalDate.parse(date.stringValue()))));
    }

    /** The payload of an officer's decision. */
    public static ObjectNode decision(Step step, Decision decision, String post, String by) {
        ObjectNode node = JSON.createObjectNode();
        node.put("step", step.json());
        node.put("post", post);
        node.put("by", by);
        switch (decision) {
            case Decision.Allowed allowed -> node.put("outcome", "allowed").put("agreement",
                    allowed.agreement().toString());
            case Decision.Refused refused -> node.put("outcome", "refused").putObject("reason")
                    .put("code", refused.reason().code()).put("text", refused.reason().text());
        }
        return node;
    }
}
