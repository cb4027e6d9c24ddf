package org.crossings.server.agreement.http;

import java.util.Base64;
import java.util.List;
import org.crossings.server.party.PartyCode;
import org.crossings.tlog.note.KeyId;
import org.crossings.tlog.note.NoteException;
import tools.jackson.databind.JsonNode;

/** The JSON bodies the agreement routes take; a missing or malformed member is bad input naming it. */
final class AgreementRequests {

    private AgreementRequests() {
    }

    /** {@code POST /api/agreements}. */
    record Proposal(String id, String proposer, JsonNode terms) {
    }

    /** {@code POST /api/agreements/{id}/versions}. */
    record Amendment(String party, JsonNode terms) {
    }

    /** {@code POST .../signatures}: a signature made elsewhere, or {@code withNodeKey} to sign with this node's key. */
    record Signature(String party, String keyId, String signature, Boolean withNodeKey) {

        boolean byNode() {
            return Boolean.TRUE.equals(withNodeKey);
        }

        KeyId key() {
            try {
                return KeyId.parse(required(keyId, "keyId"));
            } catch (NoteException e) {
                throw new IllegalArgumentException("keyId: " + e.getMessage(), e);
            }
        }

        byte[] bytes() {
            try {
                return Base64.getDecoder().decode(required(signature, "signature"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("signature \"" + signature + "\" is not base64: " + e.getMessage());
            }
        }
    }

    /** {@code POST /api/agreements/{id}/suspension}. */
    record Suspension(String party, String reason) {
    }

    /**
     * {@code POST /api/eligibility}: a traveller or a consignment, the crossing point or route, the direction, and
     * optionally the instant (now if absent).
     */
    record Crossing(Traveller traveller, Consignment consignment, String crossingPoint, String route,
                    Direction direction, String at) {
    }

    record Traveller(String nationality, String document) {
    }

    record Consignment(String category, List<String> goods, Boolean humanitarian, String vehicle) {
    }

    record Direction(String from, String to) {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    static PartyCode party(String code, String field) {
        try {
            return PartyCode.of(required(code, field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }
}
