package org.crossings.server.agreement;

import org.crossings.server.journal.CanonicalJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.crossings.server.party.Parties;
import org.crossings.server.party.Party;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPoint;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Hours;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Places;
import org.crossings.server.place.PostCode;
import org.crossings.server.place.Route;
import org.crossings.server.place.RouteId;
import org.crossings.server.value.DateRange;
import org.crossings.server.value.Excerpt;
import org.crossings.server.value.Money;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The terms of an agreement as the JSON document people read, propose and sign; see {@link TermsJson} for the
 * fields. Parsing resolves every party, crossing point, route and post against what this system knows, and reports
 * every problem at once, each naming the field path and the value.
 *
 * <p>Terms proposed now ({@link #parseProposal}) are held to the bounds of today's API: window days from 2000 to 2199
 * ({@link DateRange#CROSSINGS}), amounts with at most {@value Money#MAX_INTEGER_DIGITS} digits ({@link Money#parse}).
 * Terms read back from the log or its read model ({@link #parse}) are read as they were signed, because an agreement
 * signed before a bound must still be read by every party.
 */
public final class TermsDocument {

    /** How strictly a document is read. */
    enum Reading {
        /** Terms a party proposes now: within today's bounds. */
        PROPOSAL,
        /** Terms that were proposed and signed already: as they were accepted then. */
        SIGNED;

        LocalDate day(String path, String text) {
            return this == PROPOSAL ? DateRange.CROSSINGS.day(path, text) : TermsSections.signedDay(text);
        }

        Money money(String path, String text, Currency currency) {
            return this == PROPOSAL ? Money.parse(path, text, currency) : Money.ofStored(text, currency);
        }
    }

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Set<String> FIELDS = Set.of("title", "parties", "crossingPoints", "route", "directions",
            "travellers", "goods", "window", "hours", "fees", "disclosure", "suspendableBy", "frontOffice");

    private final JsonFields fields = new JsonFields();
    private final Parties parties;
    private final Places places;
    private final Reading reading;

    private TermsDocument(Parties parties, Places places, Reading reading) {
        this.parties = parties;
        this.places = places;
        this.reading = reading;
    }

    /**
     * Parses and validates a terms document that was signed already: what agreement entries of the log and the read
     * model hold, as they were accepted when they were proposed.
     *
     * @throws TermsException naming every field path and value that is wrong
     */
    public static Terms parse(String json, Parties parties, Places places) {
        JsonNode root = readTree(json);
        return new TermsDocument(parties, places, Reading.SIGNED).terms(root);
    }

    /**
     * Parses and validates a terms document a party proposes now, within the bounds of today's API.
     *
     * @throws TermsException naming every field path and value that is wrong
     */
    public static Terms parseProposal(String json, Parties parties, Places places) {
        JsonNode root = readTree(json);
        return new TermsDocument(parties, places, Reading.PROPOSAL).terms(root);
    }

    /** The canonical bytes of the terms (RFC 8785), the same for every party that holds these terms. */
    public static byte[] canonical(Terms terms) {
        return CanonicalJson.bytes(TermsJson.write(terms));
    }

    /** The terms as the JSON document that {@link #parse} reads; its canonical form is {@link #canonical}. */
    public static tools.jackson.databind.node.ObjectNode json(Terms terms) {
        return TermsJson.write(terms);
    }

    /** The terms as an indented document for people to read. */
    public static String pretty(Terms terms) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(TermsJson.write(terms));
    }

    static JsonNode readTree(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !root.isObject()) {
                throw new TermsException(List.of("the terms must be a JSON object, not " + Excerpt.of(root)));
            }
            return root;
        } catch (JacksonException e) {
            String why = String.valueOf(e.getOriginalMessage());
            throw new TermsException(List.of("the terms are not valid JSON: "
                    + (why.length() > 200 ? why.substring(0, 200) + "…" : why)));
        }
    }

    private Terms terms(JsonNode root) {
        fields.only(root, "", FIELDS);
        String title = fields.value(root, "", "title", true, Function.identity());
        List<Party> signatories = fields.list(root, "", "parties", true, this::party);
        List<Passage> passages = passages(root);
        List<Direction> directions = fields.objects(root, "", "directions", true, this::direction);
        Travellers travellers = TermsSections.travellers(fields, root);
        Goods goods = TermsSections.goods(fields, root);
        Window window = TermsSections.window(fields, root, reading);
        Hours hours = TermsSections.hours(fields, root);
        List<Fee> fees = fields.objects(root, "", "fees", false, (node, path) -> TermsSections.fee(fields, node, path,
                reading));
        List<Disclosure> disclosure = fields.objects(root, "", "disclosure", false, this::disclosure);
        List<PartyCode> suspendableBy = fields.list(root, "", "suspendableBy", false, PartyCode::of);
        Party frontOffice = fields.value(root, "", "frontOffice", false, this::party);
        if (!fields.errors().isEmpty()) {
            throw new TermsException(fields.errors());
        }
        return new Terms(title, signatories, passages, directions, travellers, goods, window, hours, fees,
                disclosure, suspendableBy, frontOffice);
    }

    private Party party(String code) {
        return parties.find(PartyCode.of(code))
                .orElseThrow(() -> new IllegalArgumentException("is not a known party"));
    }

    private List<Passage> passages(JsonNode root) {
        List<Passage> passages = new ArrayList<>(
                fields.list(root, "", "crossingPoints", false, this::crossingPoint));
        Passage route = fields.value(root, "", "route", false, this::route);
        if (route != null) {
            passages.add(route);
        }
        return passages;
    }

    private Passage crossingPoint(String id) {
        Passage passage = places.passage(CrossingPointId.of(id))
                .orElseThrow(() -> new IllegalArgumentException("is not a known crossing point"));
        return (CrossingPoint) passage;
    }

    private Passage route(String id) {
        Passage passage = places.passage(RouteId.of(id))
                .orElseThrow(() -> new IllegalArgumentException("is not a known route"));
        return (Route) passage;
    }

    private Direction direction(JsonNode node, String path) {
        if (!node.isObject()) {
            fields.error(path + " " + Excerpt.of(node) + " must be an object with \"from\" and \"to\" post codes");
            return null;
        }
        fields.only(node, path, Set.of("from", "to"));
        PostCode from = fields.value(node, path, "from", true, this::post);
        PostCode to = fields.value(node, path, "to", true, this::post);
        if (from == null || to == null) {
            return null;
        }
        if (from.equals(to)) {
            fields.error(path + ".to \"" + to + "\" is the same post as " + path + ".from");
            return null;
        }
        return new Direction(from, to);
    }

    private PostCode post(String code) {
        PostCode post = PostCode.of(code);
        places.post(post).orElseThrow(() -> new IllegalArgumentException("is not a known post"));
        return post;
    }

    private Disclosure disclosure(JsonNode node, String path) {
        if (!node.isObject()) {
            fields.error(path + " " + Excerpt.of(node) + " must be an object with \"to\" and \"data\"");
            return null;
        }
        fields.only(node, path, Set.of("to", "data"));
        Party to = fields.value(node, path, "to", true, this::party);
        List<DataKind> data = fields.list(node, path, "data", true, DataKind::fromJson);
        return TermsSections.build(fields, path, () -> new Disclosure(to.code(), data), to != null);
    }
}
