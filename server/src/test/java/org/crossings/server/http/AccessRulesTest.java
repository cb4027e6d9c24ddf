package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.crossings.server.AccessTable;
import org.crossings.server.party.PartyCode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.server.PathContainer;

/**
 * The access matrix of the real table: every endpoint, every demo person of every party, and no one signed in. A new
 * endpoint adds its row to its feature's {@link AccessRows} (assembled by {@link AccessTable}) and one or more rows to {@link #MATRIX}; a table row that no
 * matrix row exercises fails {@link #every_row_of_the_table_is_in_the_matrix()}.
 */
class AccessRulesTest {

    /**
     * Who may: anyone at all, any signed-in person (with a password only, for issuing tokens), or no one. Rules about
     * parties are in {@link RuleTest}.
     */
    enum Who { ANYONE, SIGNED_IN, SIGNED_IN_WITH_PASSWORD, NO_ONE, SIGNATORY, SIGNATORY_OF_ARM_OR_TUR, SIGNATORY_OF_ARM,
        STATE_OFFICER, OFFICER_OR_FRONT_OFFICE, OFFICER_AT_MARGARA, OFFICIAL }

    /** The agreement the matrix's agreement rows name, and its parties. */
    private static final String ARM_TUR = "ARM-TUR-2022-THIRD-COUNTRY";

    record Expected(String method, String path, Who who) {
    }

    static final List<Expected> MATRIX = List.of(
            new Expected("GET", "/health", Who.ANYONE),
            new Expected("GET", "/health/live", Who.ANYONE),
            new Expected("GET", "/health/ready", Who.ANYONE),
            new Expected("GET", "/metrics", Who.SIGNED_IN),
            new Expected("GET", "/api/findings", Who.SIGNED_IN),
            new Expected("GET", "/log/checkpoint", Who.ANYONE),
            new Expected("GET", "/log/key", Who.ANYONE),
            new Expected("GET", "/log/tile/0/x001/234", Who.ANYONE),
            new Expected("GET", "/log/tile/entries/000.p/7", Who.ANYONE),
            new Expected("GET", "/login", Who.ANYONE),
            new Expected("POST", "/login", Who.ANYONE),
            new Expected("POST", "/logout", Who.ANYONE),
            new Expected("GET", "/favicon.ico", Who.ANYONE),
            new Expected("GET", "/assets/crossings.css", Who.ANYONE),
            new Expected("GET", "/openapi.json", Who.ANYONE),
            new Expected("GET", "/v3/api-docs", Who.ANYONE),
            new Expected("GET", "/v3/api-docs.yaml", Who.ANYONE),
            new Expected("GET", "/v3/api-docs/swagger-config", Who.ANYONE),
            new Expected("GET", "/api/parties", Who.ANYONE),
            new Expected("GET", "/api/parties/ARM", Who.ANYONE),
            new Expected("GET", "/api/parties/TUR/keys", Who.ANYONE),
            new Expected("GET", "/api/posts", Who.ANYONE),
            new Expected("GET", "/api/posts/AM-MARGARA", Who.ANYONE),
            new Expected("GET", "/api/passages", Who.ANYONE),
            new Expected("POST", "/api/parties", Who.NO_ONE),
            new Expected("POST", "/api/parties/ARM/keys", Who.SIGNATORY_OF_ARM),
            new Expected("DELETE", "/api/parties/ARM/keys", Who.NO_ONE),
            new Expected("GET", "/api/agreements", Who.SIGNED_IN),
            new Expected("GET", "/api/agreements/" + ARM_TUR, Who.SIGNED_IN),
            new Expected("GET", "/api/agreements/" + ARM_TUR + "/versions/1", Who.SIGNED_IN),
            new Expected("GET", "/api/agreements/" + ARM_TUR + "/signed-bytes", Who.SIGNED_IN),
            new Expected("POST", "/api/agreements", Who.SIGNATORY),
            new Expected("POST", "/api/agreements/" + ARM_TUR + "/versions", Who.SIGNATORY_OF_ARM_OR_TUR),
            new Expected("POST", "/api/agreements/" + ARM_TUR + "/versions/1/signatures", Who.SIGNATORY_OF_ARM_OR_TUR),
            new Expected("POST", "/api/agreements/" + ARM_TUR + "/suspension", Who.SIGNATORY_OF_ARM_OR_TUR),
            new Expected("POST", "/api/agreements/UNKNOWN-AGREEMENT/versions/1/signatures", Who.NO_ONE),
            new Expected("DELETE", "/api/agreements/" + ARM_TUR, Who.NO_ONE),
            new Expected("POST", "/api/eligibility", Who.SIGNED_IN),
            new Expected("GET", "/api/timeline", Who.SIGNED_IN),
            new Expected("POST", "/api/preregistrations", Who.ANYONE),
            new Expected("GET", "/preregister", Who.ANYONE),
            new Expected("POST", "/preregister", Who.ANYONE),
            new Expected("POST", "/api/intake", Who.OFFICER_OR_FRONT_OFFICE),
            new Expected("GET", "/api/cases/K7QM2XD4HRG", Who.SIGNED_IN),
            new Expected("POST", "/api/cases/K7QM2XD4HRG/decisions", Who.STATE_OFFICER),
            new Expected("GET", "/api/cases/K7QM2XD4HRG/receipt", Who.ANYONE),
            new Expected("GET", "/api/cases/K7QM2XD4HRG/receipts/41", Who.ANYONE),
            new Expected("GET", "/cases/K7QM2XD4HRG/receipt", Who.ANYONE),
            new Expected("GET", "/api/posts/AM-MARGARA/queue", Who.OFFICER_AT_MARGARA),
            new Expected("GET", "/api/refusal-reasons", Who.ANYONE),
            new Expected("GET", "/api/entries/12/payload", Who.OFFICIAL),
            new Expected("GET", "/api/statistics", Who.SIGNED_IN),
            new Expected("GET", "/desk", Who.OFFICER_OR_FRONT_OFFICE),
            new Expected("POST", "/desk/intake", Who.OFFICER_OR_FRONT_OFFICE),
            new Expected("POST", "/desk/cases/K7QM2XD4HRG/decision", Who.STATE_OFFICER),
            new Expected("DELETE", "/api/cases/K7QM2XD4HRG", Who.NO_ONE),
            new Expected("GET", "/", Who.SIGNED_IN),
            new Expected("GET", "/api/me", Who.SIGNED_IN),
            new Expected("HEAD", "/api/me", Who.SIGNED_IN),
            new Expected("POST", "/api/me/tokens", Who.SIGNED_IN_WITH_PASSWORD),
            new Expected("GET", "/api/me/tokens", Who.SIGNED_IN),
            new Expected("DELETE", "/api/me/tokens/6f1c1b52-2f36-4a39-9d5b-1a2b3c4d5e6f", Who.SIGNED_IN),
            // not in the table, so no one: other methods, unknown paths, the error page itself
            new Expected("POST", "/api/me", Who.NO_ONE),
            new Expected("PUT", "/log/checkpoint", Who.NO_ONE),
            new Expected("DELETE", "/log/tile/0/000", Who.NO_ONE),
            new Expected("POST", "/health", Who.NO_ONE),
            new Expected("GET", "/error", Who.NO_ONE),
            new Expected("GET", "/api/people", Who.NO_ONE),
            new Expected("GET", "/no/such/thing", Who.NO_ONE),
            new Expected("OPTIONS", "/api/me", Who.NO_ONE));

    private final AccessRules rules = AccessTable.crossings(
            id -> id.equals(ARM_TUR) ? Set.of(PartyCode.of("ARM"), PartyCode.of("TUR")) : Set.of());

    @TestFactory
    Stream<DynamicTest> every_endpoint_for_every_caller() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Expected expected : MATRIX) {
            for (String name : DemoCallers.names()) {
                boolean allowed = switch (expected.who()) {
                    case ANYONE -> true;
                    case SIGNED_IN, SIGNED_IN_WITH_PASSWORD -> !name.equals(DemoCallers.ANONYMOUS);
                    case NO_ONE -> false;
                    case SIGNATORY -> Set.of("arm-signatory", "tur-signatory", "aze-signatory").contains(name);
                    case SIGNATORY_OF_ARM_OR_TUR -> Set.of("arm-signatory", "tur-signatory").contains(name);
                    case SIGNATORY_OF_ARM -> name.equals("arm-signatory");
                    case STATE_OFFICER -> name.contains("-officer-");
                    case OFFICER_OR_FRONT_OFFICE -> name.contains("-officer-") || name.equals("operator-front-office");
                    case OFFICER_AT_MARGARA -> name.equals("arm-officer-margara");
                    case OFFICIAL -> name.contains("-officer-") || name.equals("operator-front-office")
                            || name.endsWith("-observer");
                };
                tests.add(DynamicTest.dynamicTest(expected.method() + " " + expected.path() + " by " + name + ": "
                        + (allowed ? "allowed" : "denied"), () -> assertThat(rules.decide(expected.method(),
                                expected.path(), DemoCallers.caller(name)).allowed()).isEqualTo(allowed)));
            }
        }
        return tests.stream();
    }

    /** The matrix's callers signed in by session; with an API token, each may do the same, but issue tokens. */
    @TestFactory
    Stream<DynamicTest> a_token_allows_what_a_session_allows_except_issuing_tokens() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Expected expected : MATRIX) {
            DemoCallers.BY_USERNAME.forEach((name, session) -> {
                Caller token = new Caller(session.person(), Caller.SignedInBy.API_TOKEN);
                boolean bySession = rules.decide(expected.method(), expected.path(), Optional.of(session)).allowed();
                boolean expectedByToken = bySession && expected.who() != Who.SIGNED_IN_WITH_PASSWORD;
                tests.add(DynamicTest.dynamicTest(expected.method() + " " + expected.path() + " by " + name
                        + " with a token", () -> assertThat(rules.decide(expected.method(), expected.path(),
                                Optional.of(token)).allowed()).isEqualTo(expectedByToken)));
            });
        }
        return tests.stream();
    }

    @Test
    void a_token_asking_for_a_token_is_told_that_a_password_sign_in_is_required() {
        Caller token = new Caller(DemoCallers.BY_USERNAME.get("eu-observer").person(), Caller.SignedInBy.API_TOKEN);

        assertThat(rules.decide("POST", "/api/me/tokens", Optional.of(token)).reason())
                .isEqualTo("a person signed in with a password (not an API token) is required");
    }

    @Test
    void every_row_of_the_table_is_in_the_matrix() {
        for (AccessRules.Row row : rules.rows()) {
            assertThat(MATRIX).as("matrix rows for %s %s", row.method(), row.pattern())
                    .anyMatch(expected -> expected.method().equals(row.method())
                            && row.pattern().matches(PathContainer.parsePath(expected.path())));
        }
    }

    @Test
    void a_refusal_says_what_was_missing() {
        assertThat(rules.decide("GET", "/api/me", DemoCallers.caller(DemoCallers.ANONYMOUS)).reason())
                .isEqualTo("a signed-in person is required");
        assertThat(rules.decide("POST", "/api/me", DemoCallers.caller("eu-observer")).reason())
                .isEqualTo("no one may POST /api/me");
    }

    @Test
    void a_rule_reading_a_variable_its_pattern_lacks_is_refused_when_the_table_is_built() {
        AccessRules.Builder builder = new AccessRules.Builder();

        assertThatThrownBy(() -> builder.row("POST", "/api/decisions", Rule.officerOf("party")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("access rule POST /api/decisions: rule \"a state officer of {party}\" reads {party},"
                        + " not in the pattern");
    }

    @Test
    void an_endpoint_has_one_row_only() {
        AccessRules.Builder builder = new AccessRules.Builder().row("GET", "/api/me", Rule.signedIn());

        assertThatThrownBy(() -> builder.row("GET", "/api/me", Rule.anyone()))
                .hasMessage("access rule GET /api/me is in the table twice");
    }
}
