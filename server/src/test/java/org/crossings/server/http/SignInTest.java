package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.crossings.server.people.Person;
import org.crossings.server.people.RoleGrant;
import org.crossings.server.place.PostCode;
import org.junit.jupiter.api.Test;

/** Signing in with a browser over real HTTP: the form, its CSRF token, the session, signing out. */
class SignInTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Person OFFICER = TestPeople.add("tur-officer", "TUR", PASSWORD,
            RoleGrant.officerAt(PostCode.of("TR-ALICAN")));

    private final Browser browser = new Browser();

    @Test
    void the_sign_in_page_names_crossings_and_asks_for_username_and_password() {
        HttpResponse<String> page = browser.get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Crossings</h1>", "name=\"username\"", "name=\"password\"",
                "name=\"_csrf\"", "Sign in");
    }

    @Test
    void a_person_signs_in_and_their_session_says_who_they_are() {
        HttpResponse<String> signIn = browser.signIn(OFFICER.username().value(), PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        HttpResponse<String> me = browser.getJson("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + OFFICER.username() + "\"", "\"party\":\"TUR\"",
                "{\"role\":\"STATE_OFFICER\",\"post\":\"TR-ALICAN\"}", "\"signedInBy\":\"SESSION\"");
        assertThat(browser.get("/").body()).contains("Signed in as <strong>Test tur-officer</strong>");
    }

    @Test
    void signing_in_gives_a_new_session_id() {
        browser.get("/login");
        String before = browser.sessionCookie();

        browser.signIn(OFFICER.username().value(), PASSWORD);

        assertThat(browser.sessionCookie()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void a_wrong_password_is_refused_with_a_clear_message() {
        HttpResponse<String> signIn = browser.signIn(OFFICER.username().value(), "wrong");

        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        assertThat(browser.get("/login?error").body()).contains("Wrong username or password");
        assertThat(browser.getJson("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void an_unknown_username_is_refused_like_a_wrong_password() {
        HttpResponse<String> signIn = browser.signIn("nobody-at-all", PASSWORD);

        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
    }

    @Test
    void a_sign_in_without_its_csrf_token_is_refused() {
        browser.get("/login");

        HttpResponse<String> signIn = browser.postForm("/login",
                Map.of("username", OFFICER.username().value(), "password", PASSWORD));

        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?expired"));
        assertThat(browser.getJson("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void a_session_request_that_changes_something_needs_its_csrf_token() {
        browser.signIn(OFFICER.username().value(), PASSWORD);

        HttpResponse<String> signOut = browser.postForm("/logout", Map.of());

        assertThat(signOut.statusCode()).isEqualTo(403);
        assertThat(signOut.body()).contains("CSRF token");
        assertThat(browser.getJson("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void signing_out_ends_the_session() {
        browser.signIn(OFFICER.username().value(), PASSWORD);
        String csrf = browser.csrfOf("/");

        HttpResponse<String> signOut = browser.postForm("/logout", Map.of("_csrf", csrf));

        assertThat(signOut.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?signed-out"));
        assertThat(browser.getJson("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void a_browser_asking_for_a_page_is_sent_to_sign_in_and_an_api_client_gets_a_problem() {
        HttpResponse<String> page = browser.get("/");
        HttpResponse<String> api = browser.getJson("/api/me");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api.body()).contains("\"status\":401", "a signed-in person is required");
    }
}
