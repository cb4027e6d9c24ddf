package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crossings.server.party.Party;
import org.crossings.server.party.PartyCode;
import org.crossings.server.people.Role;
import org.crossings.server.place.Post;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The rules about parties, as a matrix over every demo person of the world of CONTEXT.md: for each request, exactly
 * who may make it. The endpoints are a table made for this test, in the shape the features will add (decisions at a
 * post, agreements of a party, signatures of the parties to an agreement).
 */
class RuleTest {

    private static final String AGREEMENT = "ARM-TUR-2022-THIRD-COUNTRY";
    private static final PartyCode ARM = PartyCode.of("ARM");
    private static final PartyCode TUR = PartyCode.of("TUR");

    /** The ARM–TUR agreement has ARM and TUR as parties. */
    private static final AgreementParties AGREEMENT_PARTIES =
            id -> id.equals(AGREEMENT) ? Set.of(ARM, TUR) : Set.of();

    private static final AccessRules TABLE = new AccessRules.Builder()
            .row("POST", "/api/posts/{post}/decisions", Rule.officerAt("post"))
            .row("POST", "/api/parties/{party}/decisions", Rule.officerOf("party"))
            .row("POST", "/api/parties/{party}/agreements", Rule.signatoryOf("party"))
            .row("POST", "/api/agreements/{agreement}/signatures",
                    Rule.signatoryOfAPartyTo("agreement", AGREEMENT_PARTIES))
            .row("GET", "/api/agreements/{agreement}/statistics", Rule.anyOf(
                    Rule.signatoryOfAPartyTo("agreement", AGREEMENT_PARTIES),
                    Rule.holding(Role.OBSERVER)))
            .row("POST", "/api/cases", Rule.holding(Role.OPERATOR_FRONT_OFFICE))
            .row("GET", "/api/alerts", Rule.holding(Role.OPERATOR_MONITORING))
            .row("POST", "/api/movements", Rule.holding(Role.CARRIER))
            .build();

    record Expected(String method, String path, Set<String> who) {
        Expected(String method, String path, String... who) {
            this(method, path, Set.of(who));
        }
    }

    static final List<Expected> MATRIX = List.of(
            new Expected("POST", "/api/posts/AM-MARGARA/decisions", "arm-officer-margara"),
            new Expected("POST", "/api/posts/TR-ALICAN/decisions", "tur-officer-alican"),
            new Expected("POST", "/api/posts/not-a-post/decisions"),
            new Expected("POST", "/api/parties/ARM/decisions", "arm-officer-margara", "arm-officer-akhurik",
                    "arm-officer-syunik-east", "arm-officer-syunik-west"),
            new Expected("POST", "/api/parties/TUR/decisions", "tur-officer-alican", "tur-officer-dogukapi"),
            new Expected("POST", "/api/parties/OPERATOR/decisions"),
            new Expected("POST", "/api/parties/arm/decisions"),
            new Expected("POST", "/api/parties/TUR/agreements", "tur-signatory"),
            new Expected("POST", "/api/parties/EU/agreements"),
            new Expected("POST", "/api/agreements/" + AGREEMENT + "/signatures", "arm-signatory", "tur-signatory"),
            new Expected("POST", "/api/agreements/NO-SUCH-AGREEMENT/signatures"),
            new Expected("GET", "/api/agreements/" + AGREEMENT + "/statistics", "arm-signatory", "tur-signatory",
                    "eu-observer", "usa-observer"),
            new Expected("POST", "/api/cases", "operator-front-office"),
            new Expected("GET", "/api/alerts", "operator-monitoring"),
            new Expected("POST", "/api/movements", "arm-carrier", "tur-carrier", "aze-carrier"));

    @TestFactory
    Stream<DynamicTest> every_request_is_allowed_to_exactly_the_callers_it_names() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Expected expected : MATRIX) {
            for (String name : DemoCallers.names()) {
                boolean allowed = expected.who().contains(name);
                tests.add(DynamicTest.dynamicTest(expected.method() + " " + expected.path() + " by " + name + ": "
                        + (allowed ? "allowed" : "denied"), () -> assertThat(TABLE.decide(expected.method(),
                                expected.path(), DemoCallers.caller(name)).allowed()).isEqualTo(allowed)));
            }
        }
        return tests.stream();
    }

    @Test
    void an_officer_of_one_state_can_never_act_for_another_state() {
        for (Caller officer : callersHolding(Role.STATE_OFFICER)) {
            for (Party state : states()) {
                boolean own = state.code().equals(officer.party());
                assertThat(allowed("POST", "/api/parties/" + state.code() + "/decisions", officer))
                        .as("%s for %s", officer.username(), state.code()).isEqualTo(own);
            }
            for (Post post : DemoCallers.WORLD.places().posts()) {
                assertThat(allowed("POST", "/api/posts/" + post.code() + "/decisions", officer))
                        .as("%s at %s", officer.username(), post.code()).isEqualTo(officer.posts().contains(post.code()));
            }
        }
    }

    @Test
    void the_operator_can_never_make_a_sovereign_decision_nor_sign() {
        List<Caller> operator = DemoCallers.BY_USERNAME.values().stream()
                .filter(caller -> caller.party().value().equals("OPERATOR")).toList();
        assertThat(operator).hasSize(2);
        for (Caller caller : operator) {
            for (Party party : DemoCallers.WORLD.parties().all()) {
                assertThat(allowed("POST", "/api/parties/" + party.code() + "/decisions", caller)).isFalse();
                assertThat(allowed("POST", "/api/parties/" + party.code() + "/agreements", caller)).isFalse();
            }
            for (Post post : DemoCallers.WORLD.places().posts()) {
                assertThat(allowed("POST", "/api/posts/" + post.code() + "/decisions", caller)).isFalse();
            }
            assertThat(allowed("POST", "/api/agreements/" + AGREEMENT + "/signatures", caller)).isFalse();
        }
    }

    @Test
    void a_refusal_names_the_role_and_the_party_that_were_required() {
        Caller armSignatory = DemoCallers.BY_USERNAME.get("arm-signatory");

        assertThat(TABLE.decide("POST", "/api/parties/TUR/agreements", Optional.of(armSignatory)).reason())
                .isEqualTo("an agreement signatory of TUR is required");
        assertThat(TABLE.decide("GET", "/api/agreements/X/statistics", Optional.of(armSignatory)).reason())
                .isEqualTo("an agreement signatory of a party to agreement X or a person with the role"
                        + " \"observer\" is required");
        assertThat(TABLE.decide("POST", "/api/posts/TR-ALICAN/decisions", Optional.empty()).reason())
                .isEqualTo("a state officer at post TR-ALICAN is required");
    }

    @Test
    void without_a_lookup_from_the_agreement_feature_no_one_is_a_party_to_anything() {
        AccessRules failClosed = new AccessRules.Builder()
                .row("POST", "/api/agreements/{agreement}/signatures",
                        Rule.signatoryOfAPartyTo("agreement", AgreementParties.NONE))
                .build();

        for (Caller caller : DemoCallers.BY_USERNAME.values()) {
            assertThat(failClosed.decide("POST", "/api/agreements/" + AGREEMENT + "/signatures",
                    Optional.of(caller)).allowed()).isFalse();
        }
    }

    private static boolean allowed(String method, String path, Caller caller) {
        return TABLE.decide(method, path, Optional.of(caller)).allowed();
    }

    private static List<Caller> callersHolding(Role role) {
        return DemoCallers.BY_USERNAME.values().stream().filter(caller -> caller.holds(role)).toList();
    }

    private static List<Party> states() {
        return DemoCallers.WORLD.parties().all().stream().filter(Party::isState)
                .collect(Collectors.toList());
    }
}
