package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crossings.server.RunningServer;
import org.crossings.server.people.Person;
import org.crossings.server.people.Role;
import org.crossings.server.people.RoleGrant;
import org.crossings.server.place.PostCode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix over real HTTP, thinner than {@link AccessRulesTest}: the endpoints that exist, asked by no one
 * and by a token holder of every role. Allowed means the request got past the rules (any status but 401 and 403);
 * denied means 401 for no one and 403 for a signed-in caller. Also: every route the server has is in the table.
 */
class AccessMatrixHttpTest {

    /** The endpoints that exist, with expectations taken from {@link AccessRulesTest#MATRIX}. */
    private static final List<String> ENDPOINTS = List.of("GET /health", "GET /log/key", "GET /log/checkpoint",
            "GET /login", "GET /", "GET /api/me", "POST /api/me", "PUT /log/checkpoint", "GET /no/such/thing",
            "GET /error", "GET /desk",
            "GET /preregister", "GET /api/parties", "GET /api/parties/TUR/keys", "GET /api/posts", "GET /api/passages",
            "POST /api/parties", "POST /api/me/tokens", "GET /api/refusal-reasons", "GET /api/posts/AM-MARGARA/queue",
            "POST /api/cases/K7QM2XD4HRG/decisions", "POST /api/intake", "DELETE /api/cases/K7QM2XD4HRG");

    private static final Map<String, Person> TOKEN_HOLDERS = tokenHolders();

    private final HttpClient http = HttpClient.newHttpClient();

    private static Map<String, Person> tokenHolders() {
        Map<String, Person> holders = new LinkedHashMap<>();
        holders.put("state officer", TestPeople.add("arm-officer", "ARM", "x",
                RoleGrant.officerAt(PostCode.of("AM-MARGARA"))));
        holders.put("signatory", TestPeople.add("tur-signatory", "TUR", "x", RoleGrant.of(Role.AGREEMENT_SIGNATORY)));
        holders.put("front office", TestPeople.add("operator-fo", "OPERATOR", "x",
                RoleGrant.of(Role.OPERATOR_FRONT_OFFICE)));
        holders.put("monitoring", TestPeople.add("operator-mon", "OPERATOR", "x",
                RoleGrant.of(Role.OPERATOR_MONITORING)));
        holders.put("observer", TestPeople.add("eu-observer", "EU", "x", RoleGrant.of(Role.OBSERVER)));
        holders.put("carrier", TestPeople.add("aze-carrier", "AZE", "x", RoleGrant.of(Role.CARRIER)));
        return holders;
    }

    @TestFactory
    Stream<DynamicTest> every_existing_endpoint_for_no_one_and_a_token_of_every_role() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String endpoint : ENDPOINTS) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            AccessRulesTest.Who who = expected(method, path);
            tests.add(DynamicTest.dynamicTest(endpoint + " by no one", () -> assertThat(
                    call(method, path, null)).isEqualTo(who == AccessRulesTest.Who.ANYONE ? "allowed" : "401")));
            TOKEN_HOLDERS.forEach((role, person) -> tests.add(DynamicTest.dynamicTest(endpoint + " by " + role,
                    () -> assertThat(call(method, path, person))
                            .isEqualTo(allows(who, role) ? "allowed" : "403"))));
        }
        return tests.stream();
    }

    @Test
    void every_route_of_the_server_has_a_row_in_the_access_rules() {
        AccessRules rules = RunningServer.shared().bean(AccessRules.class);
        Map<RequestMappingInfo, ?> routes = RunningServer.shared().bean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
                .getHandlerMethods();
        assertThat(routes).isNotEmpty();
        routes.keySet().forEach(route -> {
            Set<RequestMethod> methods = route.getMethodsCondition().getMethods();
            for (String pattern : route.getPathPatternsCondition().getPatternValues()) {
                if (pattern.equals("/error")) {
                    continue; // Spring Boot's error page: reached only by the error dispatch of an admitted request
                }
                assertThat(methods).as("route %s must name its methods", pattern).isNotEmpty();
                String sample = pattern.replaceAll("\\{[^}]+}", "X").replace("**", "x");
                methods.forEach(method -> assertThat(rules.rows()).as("access rule for %s %s", method, pattern)
                        .anyMatch(row -> row.method().equals(method.name())
                                && row.pattern().matches(PathContainer.parsePath(sample))));
            }
        });
    }

    /** Whether the matrix lets the token holder of {@code role} (the state officer is at AM-MARGARA) through. */
    private static boolean allows(AccessRulesTest.Who who, String role) {
        return switch (who) {
            case NO_ONE, SIGNED_IN_WITH_PASSWORD -> false; // the callers here have API tokens
            case STATE_OFFICER, OFFICER_AT_MARGARA -> role.equals("state officer");
            case OFFICER_OR_FRONT_OFFICE -> role.equals("state officer") || role.equals("front office");
            default -> true;
        };
    }

    private static AccessRulesTest.Who expected(String method, String path) {
        return AccessRulesTest.MATRIX.stream()
                .filter(row -> row.method().equals(method) && row.path().equals(path))
                .map(AccessRulesTest.Expected::who).findFirst()
                .orElseThrow(() -> new AssertionError(method + " " + path + " is not in AccessRulesTest.MATRIX"));
    }

    /** "allowed", "401" or "403"; a server error is none of them, and fails the expectation. */
    private String call(String method, String path, Person holder) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(RunningServer.shared().url(path))
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.noBody());
        if (holder != null) {
            request.header("Authorization", "Bearer " + TestPeople.tokenOf(holder).value());
        }
        int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        return status == 401 || status == 403 || status >= 500 ? String.valueOf(status) : "allowed";
    }
}
