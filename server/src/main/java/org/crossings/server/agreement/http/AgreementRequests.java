package org.crossings.server.agreement.http;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.crossings.server.party.PartyCode;
import org.crossings.server.value.Excerpt;
import org.crossings.server.value.Text;
import org.crossings.server.value.TextRule;
import org.crossings.tlog.note.KeyId;
import org.crossings.tlog.note.NoteException;
import tools.jackson.databind.JsonNode;

/**
 * The JSON bodies the agreement routes take; a missing or malformed member is bad input naming it. Every string is
 * held to {@link TextRule#LINE} as it is read, a suspension's reason and the terms' title may be longer.
 */
final class AgreementRequests {

    /** A title names an agreement in a line: "Humanitarian aid to Syria through Türkiye, 21-31 March 2025". */
    static final TextRule TITLE = new TextRule(1000, false);
    /** A suspension's reason is said in words, in paragraphs if need be. */
    static final int REASON = 4000;
    private static final Map<String, TextRule> TERMS_TEXT = Map.of("terms.title", TITLE);

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
                throw new IllegalArgumentException("signature " + Excerpt.of(signature) + " is not base64: "
                        + e.getMessage());
            }
        }
    }

    /** {@code POST /api/agreements/{id}/suspension}. */
    record Suspension(String party, @Text(max = REASON, lines = true) String reason) {
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

    /**
     * The terms of a proposal or an amendment as the JSON text the use cases read, once every string in them (and
     * every member name) keeps its {@link TextRule}: the terms are a tree, not a record, so they are checked here.
     *
     * <p>The terms hold no numbers (amounts are strings), and a number must not reach them: the tree keeps it as a
     * {@code double}, so {@code 1e2147483648} would be written back as the string {@code "Infinity"} and signed as
     * something that was never sent.
     */
    static String terms(JsonNode terms) {
        check(required(terms, "terms"), "terms");
        return terms.toString();
    }

    private static void check(JsonNode node, String path) {
        if (node.isNumber()) {
            throw new IllegalArgumentException(path + " must not be a number: the terms hold none (an amount is a"
                    + " string such as \"5.00\")");
        }
        if (node.isString()) {
            TERMS_TEXT.getOrDefault(path, TextRule.LINE).check(path, node.stringValue());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                TextRule.LINE.check(path + " member name", member.getKey());
                check(member.getValue(), path + "." + member.getKey());
            }
        }
    }

    static PartyCode party(String code, String field) {
        try {
            return PartyCode.of(required(code, field));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }
}
