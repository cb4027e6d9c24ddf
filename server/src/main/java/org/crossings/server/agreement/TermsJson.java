package org.crossings.server.agreement;

import org.crossings.server.party.Party;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Passage;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes terms as the JSON document that {@link TermsDocument} reads. Example:
 *
 * <pre>{@code
 * {"title": "Humanitarian aid to Syria through Türkiye, 21-31 March 2025",
 *  "parties": ["ARM", "TUR"],
 *  "crossingPoints": ["MARGARA-ALICAN"],                        (or "route": "SYUNIK")
 *  "directions": [{"from": "AM-MARGARA", "to": "TR-ALICAN"}],
 *  "travellers": {"nationalities": ["not a citizen of any party"], "documents": ["P"]},
 *  "goods": {"categories": ["humanitarian-aid"], "humanitarianOnly": true, "vehicles": ["truck"]},
 *  "window": {"from": "2025-03-21", "until": "2025-03-31"},     (dates inclusive, "until" optional)
 *  "hours": {"from": "09:00", "until": "18:00"},                (optional; until exclusive)
 *  "fees": [{"per": "consignment", "amount": "0.00", "currency": "EUR"}],
 *  "disclosure": [{"to": "EU", "data": ["statistics"]}],
 *  "suspendableBy": ["ARM", "TUR"],
 *  "frontOffice": "OPERATOR"}                                   (optional)
 * }</pre>
 *
 * Optional sections that are absent are left out, so that writing parsed terms gives back the same document.
 */
final class TermsJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TermsJson() {
    }

    static ObjectNode write(Terms terms) {
        ObjectNode root = NODES.objectNode();
        root.put("title", terms.title());
        ArrayNode parties = root.putArray("parties");
        terms.parties().forEach(party -> parties.add(party.code().value()));
        writePassages(terms, root);
        ArrayNode directions = root.putArray("directions");
        terms.directions().forEach(direction -> directions.add(direction(direction)));
        if (terms.travellers() != null) {
            root.set("travellers", travellers(terms.travellers()));
        }
        if (terms.goods() != null) {
            root.set("goods", goods(terms.goods()));
        }
        root.set("window", window(terms.window()));
        if (terms.hours() != null) {
            root.putObject("hours").put("from", terms.hours().from().toString())
                    .put("until", terms.hours().until().toString());
        }
        writeRoles(terms, root);
        return root;
    }

    private static void writePassages(Terms terms, ObjectNode root) {
        if (terms.isRoute()) {
            root.put("route", terms.passages().getFirst().id().value());
            return;
        }
        ArrayNode crossingPoints = root.putArray("crossingPoints");
        terms.passages().stream().map(Passage::id).forEach(id -> crossingPoints.add(id.value()));
    }

    private static void writeRoles(Terms terms, ObjectNode root) {
        ArrayNode fees = root.putArray("fees");
        terms.fees().forEach(fee -> fees.addObject().put("per", fee.per().json())
                .put("amount", fee.amount().text()).put("currency", fee.amount().currency().getCurrencyCode()));
        ArrayNode disclosure = root.putArray("disclosure");
        for (Disclosure each : terms.disclosure()) {
            ArrayNode data = disclosure.addObject().put("to", each.to().value()).putArray("data");
            each.data().forEach(kind -> data.add(kind.json()));
        }
        ArrayNode suspendableBy = root.putArray("suspendableBy");
        terms.suspendableBy().forEach(party -> suspendableBy.add(party.value()));
        Party frontOffice = terms.frontOffice();
        if (frontOffice != null) {
            root.put("frontOffice", frontOffice.code().value());
        }
    }

    private static ObjectNode direction(Direction direction) {
        return NODES.objectNode().put("from", direction.from().value()).put("to", direction.to().value());
    }

    private static ObjectNode travellers(Travellers travellers) {
        ObjectNode node = NODES.objectNode();
        ArrayNode nationalities = node.putArray("nationalities");
        travellers.nationalities().forEach(each -> nationalities.add(each.json()));
        ArrayNode documents = node.putArray("documents");
        travellers.documents().forEach(each -> documents.add(each.value()));
        return node;
    }

    private static ObjectNode goods(Goods goods) {
        ObjectNode node = NODES.objectNode();
        ArrayNode categories = node.putArray("categories");
        goods.categories().forEach(each -> categories.add(each.value()));
        if (!goods.hsChapters().isEmpty()) {
            ArrayNode chapters = node.putArray("hsChapters");
            goods.hsChapters().forEach(each -> chapters.add(each.value()));
        }
        node.put("humanitarianOnly", goods.humanitarianOnly());
        if (!goods.vehicles().isEmpty()) {
            ArrayNode vehicles = node.putArray("vehicles");
            goods.vehicles().forEach(each -> vehicles.add(each.json()));
        }
        return node;
    }

    private static ObjectNode window(Window window) {
        ObjectNode node = NODES.objectNode().put("from", window.from().toString());
        window.lastDay().ifPresent(until -> node.put("until", until.toString()));
        return node;
    }
}
