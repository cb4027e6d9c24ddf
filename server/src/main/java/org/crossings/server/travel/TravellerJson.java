package org.crossings.server.travel;

import java.time.LocalDate;
import java.util.Optional;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.place.PostCode;
import org.crossings.tlog.merkle.Hash;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one codec of a case's private payloads, both ways: {@link IntakePayload} in its three parts and
 * {@link DecisionPayload}. A traveller's entry keeps the machine-readable zone as read, so every recipient parses the
 * same document from it. The shapes are the log's and never change: {@code TravellerJsonTest} holds them as
 * known answers.
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

    /** The intake part: why and when the traveller travels, who took them in, their secret's hash, the fee. */
    public static ObjectNode intake(IntakePayload intake) {
        ObjectNode node = JSON.createObjectNode();
        TravellerCase.Traveller traveller = intake.traveller();
        node.put("purpose", traveller.purpose().json());
        traveller.travelDate().ifPresent(date -> node.put("travelDate", date.toString()));
        node.put("by", intake.by());
        node.put(SECRET_HASH, intake.secretHash().hex());
        intake.preregistration().ifPresent(ref -> node.put("preregistration", ref.value()));
        intake.fee().ifPresent(paid -> node.putObject("fee").put("amount", paid.amount().text())
                .put("currency", paid.amount().currency().getCurrencyCode()));
        return node;
    }

    /** The traveller as the cases read model keeps them: the zone, the purpose, the day of travel. */
    public static String traveller(TravellerCase.Traveller traveller) {
        ObjectNode node = JSON.createObjectNode().put("mrz", traveller.document().mrz())
                .put("purpose", traveller.purpose().json());
        traveller.travelDate().ifPresent(date -> node.put("travelDate", date.toString()));
        return node.toString();
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

    /**
     * The traveller a payload holds (an intake's identity and intake parts, an old log's pre-registration, or the
     * read model's copy); none if it holds none.
     *
     * @throws RuntimeException if it holds one this version cannot read
     */
    public static Optional<TravellerCase.Traveller> readTraveller(JsonNode payload) {
        if (payload == null || !payload.has("mrz")) {
            return Optional.empty();
        }
        JsonNode date = payload.get("travelDate");
        return Optional.of(new TravellerCase.Traveller(Mrz.parse(payload.get("mrz").stringValue()),
                Purpose.fromJson(payload.get("purpose").stringValue()),
                date == null ? Optional.empty() : Optional.of(LocalDate.parse(date.stringValue()))));
    }

    /** The traveller a payload holds; none if it holds none, or one this version cannot read (the case is kept). */
    public static Optional<TravellerCase.Traveller> readableTraveller(JsonNode payload) {
        try {
            return readTraveller(payload);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The payload of an officer's decision. */
    public static ObjectNode decision(DecisionPayload payload) {
        ObjectNode node = JSON.createObjectNode();
        node.put("step", payload.step().json());
        node.put("post", payload.post().value());
        node.put("by", payload.by());
        switch (payload.decision()) {
            case Decision.Allowed allowed -> node.put("outcome", "allowed").put("agreement",
                    allowed.agreement().toString());
            case Decision.Refused refused -> node.put("outcome", "refused").putObject("reason")
                    .put("code", refused.reason().code()).put("text", refused.reason().text());
        }
        return node;
    }

    /**
     * Reads an officer's decision; a refusal's reason as it was written, also a code this version does not publish.
     *
     * @throws IllegalArgumentException naming the member that is missing or wrong
     */
    public static DecisionPayload readDecision(JsonNode payload) {
        Step step = Step.fromJson(text(payload, "step"));
        Decision decision = switch (text(payload, "outcome")) {
            case "allowed" -> new Decision.Allowed(AgreementRef.parse(text(payload, "agreement")));
            case "refused" -> new Decision.Refused(new RefusalReason(text(payload.path("reason"), "code"), step,
                    text(payload.path("reason"), "text")));
            default -> throw new IllegalArgumentException("decision outcome \"" + text(payload, "outcome")
                    + "\" must be \"allowed\" or \"refused\"");
        };
        return new DecisionPayload(step, PostCode.of(text(payload, "post")), text(payload, "by"), decision);
    }

    private static String text(JsonNode node, String member) {
        JsonNode value = node.get(member);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("decision payload: \"" + member + "\" must be text");
        }
        return value.stringValue();
    }
}
