package org.crossings.server.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.crossings.server.agreement.AgreementEvent.AgreementProposed;
import org.crossings.server.party.Parties;
import org.crossings.server.party.Party;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.PartyKind;
import org.crossings.server.place.CrossingPoint;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Hours;
import org.crossings.server.place.Mode;
import org.crossings.server.place.OpeningHours;
import org.crossings.server.place.Passage;
import org.crossings.server.place.PlaceJson;
import org.crossings.server.place.Places;
import org.crossings.server.place.Post;
import org.crossings.server.place.PostCode;
import org.crossings.server.place.Route;
import org.crossings.server.place.RouteId;
import org.crossings.server.place.UnLocode;
import tools.jackson.databind.JsonNode;

/**
 * The world of CONTEXT.md as data ({@code /demo/world.json}): the parties, posts, crossing points, the Syunik route,
 * and the proposals of the five agreements, not yet signed (signing needs the parties' keys).
 *
 * <p>A demo loader, strict like everything else: a bad entry fails the load with a message naming it.
 */
public record DemoWorld(Parties parties, Places places, List<AgreementProposed> proposals) {

    public static final String RESOURCE = "/demo/world.json";

    public DemoWorld {
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(places, "places");
        proposals = List.copyOf(proposals);
    }

    public static DemoWorld load() {
        try (InputStream in = DemoWorld.class.getResourceAsStream(RESOURCE)) {
            Objects.requireNonNull(in, "resource " + RESOURCE + " is missing");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static DemoWorld parse(String json) {
        JsonNode root = TermsDocument.MAPPER.readTree(json);
        List<Party> parties = new ArrayList<>();
        root.get("parties").forEach(node -> parties.add(new Party(PartyCode.of(text(node, "code")),
                text(node, "name"), PartyKind.valueOf(text(node, "kind").toUpperCase(Locale.ROOT)))));
        List<Post> posts = new ArrayList<>();
        root.get("posts").forEach(node -> posts.add(PlaceJson.post(node)));
        Places postsOnly = Places.of(posts, List.of());
        List<Passage> passages = new ArrayList<>();
        root.get("crossingPoints").forEach(node -> passages.add(PlaceJson.crossingPoint(node, postsOnly)));
        root.get("routes").forEach(node -> passages.add(PlaceJson.route(node, postsOnly)));
        DemoWorld world = new DemoWorld(Parties.of(parties), Places.of(posts, passages), List.of());
        List<AgreementProposed> proposals = new ArrayList<>();
        root.get("agreements").forEach(node -> proposals.add(world.proposal(node)));
        return new DemoWorld(world.parties, world.places, proposals);
    }

    /** The agreement proposal with this id. */
    public AgreementProposed proposal(AgreementId id) {
        return proposals.stream().filter(p -> p.agreement().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("agreement \"" + id + "\" is not in the demo world"));
    }

    private AgreementProposed proposal(JsonNode node) {
        AgreementRef ref = new AgreementRef(AgreementId.of(text(node, "id")), node.get("version").intValue());
        Terms terms = TermsDocument.parse(node.get("terms").toString(), parties, places);
        return new AgreementProposed(ref, terms, PartyCode.of(text(node, "proposer")),
                Instant.parse(text(node, "proposedAt")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException("demo world: " + field + " of " + node + " must be a string");
        }
        return value.stringValue();
    }
}
