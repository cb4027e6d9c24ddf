package org.crossings.bench.eligibility;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossings.server.agreement.Agreement;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.AgreementSignature;
import org.crossings.server.agreement.Crosser.Consignment;
import org.crossings.server.agreement.CrossingRequest;
import org.crossings.server.agreement.DemoWorld;
import org.crossings.server.agreement.GoodsCategory;
import org.crossings.server.agreement.HsCode;
import org.crossings.server.agreement.Terms;
import org.crossings.server.agreement.TermsDocument;
import org.crossings.server.agreement.VehicleKind;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.PartyKey;
import org.crossings.server.party.PartyKeys;
import org.crossings.server.place.CrossingPoint;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Mode;
import org.crossings.server.place.OpeningHours;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Places;
import org.crossings.server.place.Post;
import org.crossings.server.place.PostCode;
import org.crossings.tlog.note.Ed25519NoteSigner;

/**
 * The agreements the eligibility benchmark checks against. The demo agreement that allows the request is signed for
 * real, by both its parties with keys generated for the run and checked by {@link Agreement#sign}; the thousands of
 * others are copies under other ids and terms that reuse its two signatures, as EligibilityTest does. Eligibility
 * does not verify signatures (that happens once, when a signature is recorded); it asks who signed and when, which
 * the copies answer as a signed agreement would. Signing 10,000 copies for real would only make each fork's set-up
 * take seconds longer.
 *
 * <p>The checked way is always Margara to Alican, as in the demo world; the request that is allowed is a humanitarian
 * consignment in a truck on 24 March 2025 at 12:00 in Yerevan, which {@code ARM-TUR-2025-03-HUMANITARIAN} allows;
 * the one refused is a car carrying vehicles on 1 April 2025, after that agreement's window.
 */
final class BenchAgreements {

    static final DemoWorld WORLD = DemoWorld.load();
    static final AgreementId ALLOWING = AgreementId.of("ARM-TUR-2025-03-HUMANITARIAN");
    static final CrossingPointId MARGARA_ALICAN = CrossingPointId.of("MARGARA-ALICAN");
    static final Direction ARM_TO_TUR = Direction.of("AM-MARGARA", "TR-ALICAN");
    static final CrossingRequest ALLOWED = new CrossingRequest(new Consignment(GoodsCategory.of("humanitarian-aid"),
            List.of(HsCode.of("300490")), true, VehicleKind.TRUCK), MARGARA_ALICAN, ARM_TO_TUR,
            Instant.parse("2025-03-24T08:00:00Z"));
    static final CrossingRequest REFUSED = new CrossingRequest(new Consignment(GoodsCategory.of("vehicles"),
            List.of(HsCode.of("8703")), false, VehicleKind.CAR), MARGARA_ALICAN, ARM_TO_TUR,
            Instant.parse("2025-04-01T08:00:00Z"));

    /** The demo agreements on Margara to Alican that refuse {@link #ALLOWED}, each for one reason. */
    private static final List<AgreementId> REFUSING = List.of(AgreementId.of("ARM-TUR-2022-THIRD-COUNTRY"),
            AgreementId.of("ARM-TUR-2023-DIPLOMATIC"), AgreementId.of("ARM-TUR-2023-02-HUMANITARIAN"));
    private static final Instant SIGNED = Instant.parse("2025-03-15T00:00:00Z");
    private static final Instant PROPOSED = Instant.parse("2025-03-01T00:00:00Z");

    private final Map<PartyCode, Ed25519NoteSigner> signers = new HashMap<>();
    private final Map<PartyCode, PartyKeys> keyrings = new HashMap<>();

    BenchAgreements() {
        for (String party : List.of("ARM", "TUR")) {
            PartyCode code = PartyCode.of(party);
            Ed25519NoteSigner signer = Ed25519NoteSigner.generate(party);
            signers.put(code, signer);
            keyrings.put(code, PartyKeys.of(PartyKey.active(code, signer.verifier(), Instant.parse("2020-01-01T00:00:00Z"))));
        }
    }

    /** (a) The one demo agreement that allows {@link #ALLOWED}. */
    List<Agreement> one() {
        return List.of(signed(WORLD.proposal(ALLOWING).terms(), ALLOWING));
    }

    /**
     * (b) {@code total} agreements, one per way: {@code ALLOWING} on Margara to Alican, and {@code total - 1}
     * on the ways of {@code total / 2} synthetic crossing points between Armenian and Turkish posts, their terms
     * cycling through four kinds (third-country travellers, diplomats, humanitarian aid, general cargo by day).
     */
    List<Agreement> spread(int total) {
        int points = (total + 1) / 2;
        Places places = places(points);
        Agreement template = one().getFirst();
        List<Agreement> agreements = new ArrayList<>(List.of(template));
        for (int i = 0; i < total - 1; i++) {
            int point = i % points;
            boolean out = i < points;
            String json = syntheticTerms(i % 4, point, out);
            Terms terms = TermsDocument.parse(json, WORLD.parties(), places);
            agreements.add(copy(template, terms, AgreementId.of(String.format(Locale.ROOT, "BENCH-%05d", i))));
        }
        return agreements;
    }

    /**
     * (c) {@code total} agreements all on Margara to Alican: {@code total - 1} copies of the three demo agreements
     * there that refuse {@link #ALLOWED}, under other ids, and the one that allows it under an id that sorts last,
     * so an allowed check looks at every agreement before it finds the one.
     */
    List<Agreement> crowded(int total) {
        Agreement template = one().getFirst();
        List<Agreement> agreements = new ArrayList<>();
        for (int i = 0; i < total - 1; i++) {
            Terms terms = WORLD.proposal(REFUSING.get(i % REFUSING.size())).terms();
            agreements.add(copy(template, terms, AgreementId.of(String.format(Locale.ROOT, "ARM-TUR-COPY-%05d", i))));
        }
        agreements.add(copy(template, template.terms(), lastAllowing()));
        return agreements;
    }

    static AgreementId lastAllowing() {
        return AgreementId.of("ZZ-" + ALLOWING.value());
    }

    private Agreement signed(Terms terms, AgreementId id) {
        Agreement agreement = Agreement.proposed(Agreement.propose(id, terms, terms.partyCodes().iterator().next(),
                PROPOSED));
        for (PartyCode party : terms.partyCodes()) {
            Ed25519NoteSigner signer = signers.get(party);
            AgreementSignature signature = new AgreementSignature(party, signer.keyId(), SIGNED,
                    signer.sign(agreement.signedBytes()));
            agreement = agreement.apply(agreement.sign(signature, keyrings.get(party)));
        }
        return agreement;
    }

    /** {@code terms} under {@code id}, with the proposer and signatures of {@code template} (same two parties). */
    private static Agreement copy(Agreement template, Terms terms, AgreementId id) {
        if (!terms.partyCodes().equals(template.terms().partyCodes())) {
            throw new IllegalArgumentException("copy " + id + ": parties " + terms.partyCodes() + " are not those of "
                    + template.ref() + ", " + template.terms().partyCodes());
        }
        return new Agreement(new AgreementRef(id, 1), terms, template.proposer(), template.proposedAt(),
                template.signatures(), null);
    }

    /** The demo world's places and {@code points} crossing points BENCH-00000... between AM-B00000 and TR-B00000. */
    private static Places places(int points) {
        List<Post> posts = new ArrayList<>(WORLD.places().posts());
        List<Passage> passages = new ArrayList<>(WORLD.places().passages());
        for (int i = 0; i < points; i++) {
            Post armenian = post("AM", "ARM", "Asia/Yerevan", i);
            Post turkish = post("TR", "TUR", "Europe/Istanbul", i);
            posts.add(armenian);
            posts.add(turkish);
            passages.add(new CrossingPoint(point(i), armenian, turkish, i % 3 == 0 ? Mode.RAIL : Mode.ROAD));
        }
        return Places.of(posts, passages);
    }

    private static Post post(String country, String party, String zone, int i) {
        String code = String.format(Locale.ROOT, "%s-B%05d", country, i);
        return new Post(PostCode.of(code), PartyCode.of(party), "Bench post " + code, null, ZoneId.of(zone),
                OpeningHours.always());
    }

    private static CrossingPointId point(int i) {
        return CrossingPointId.of(String.format(Locale.ROOT, "BENCH-%05d", i));
    }

    private static String syntheticTerms(int kind, int point, boolean out) {
        String armenian = String.format(Locale.ROOT, "AM-B%05d", point);
        String turkish = String.format(Locale.ROOT, "TR-B%05d", point);
        String from = out ? armenian : turkish;
        String to = out ? turkish : armenian;
        String opens = switch (kind) {
            case 0 -> """
                    "travellers": {"nationalities": ["not a citizen of any party"], "documents": ["P"]},
                    "window": {"from": "2022-07-01"}""";
            case 1 -> """
                    "travellers": {"nationalities": ["any"], "documents": ["PD"]},
                    "window": {"from": "2023-01-02"}""";
            case 2 -> """
                    "goods": {"categories": ["humanitarian-aid"], "humanitarianOnly": true, "vehicles": ["truck"]},
                    "window": {"from": "2023-02-06", "until": "2023-02-11"}""";
            default -> """
                    "goods": {"categories": ["general-cargo"], "hsChapters": ["10", "84"], "humanitarianOnly": false,
                              "vehicles": ["truck", "train"]},
                    "window": {"from": "2025-01-01", "until": "2026-12-31"}, "hours": {"from": "08:00", "until": "20:00"}""";
        };
        return """
                {"title": "Bench agreement %d on %s", "parties": ["ARM", "TUR"], "crossingPoints": ["%s"],
                 "directions": [{"from": "%s", "to": "%s"}], %s,
                 "fees": [], "suspendableBy": ["ARM", "TUR"]}""".formatted(point, point(point), point(point), from, to,
                opens);
    }
}
