package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.crossings.server.RunningServer;
import org.crossings.server.people.Person;
import org.crossings.server.people.RoleGrant;
import org.crossings.server.place.PostCode;
import org.crossings.server.travel.Cases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every answer carries the security headers, and every page passes its Content-Security-Policy: no inline script,
 * style or event handler, no {@code javascript:} link, and nothing loaded but this server's own assets.
 */
class SecurityHeadersTest {

    private static final String PASSWORD = "headers and nothing inline";
    private static final Person OFFICER = TestPeople.add("arm-headers", "ARM", PASSWORD,
            RoleGrant.officerAt(PostCode.of("AM-MARGARA")));
    /** What the policy would block: inline scripts, inline styles, event handler attributes, script URLs. */
    private static final Pattern INLINE = Pattern.compile(
            "<script(?![^>]*\\ssrc=)[^>]*>|<style|\\sstyle=|\\son[a-z]+=|javascript:", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOADED = Pattern.compile("<(?:script|link|img)[^>]*\\s(?:src|href)=\"([^\"]*)\"");

    private final RunningServer server = RunningServer.shared();

    @TestFactory
    Stream<DynamicTest> every_kind_of_answer_carries_the_security_headers() {
        Browser browser = new Browser();
        return Stream.of("/login", "/preregister", "/api/parties", "/log/checkpoint", "/health", "/api/me",
                "/api/parties/NOWHERE", "/assets/crossings.css", "/openapi.yaml").map(path ->
                DynamicTest.dynamicTest(path, () -> assertSecurityHeaders(browser.get(path))));
    }

    @TestFactory
    Stream<DynamicTest> no_page_has_anything_inline_that_the_policy_would_block() {
        Browser browser = new Browser();
        browser.signIn(OFFICER.username().value(), PASSWORD);
        return pages().stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            HttpResponse<String> page = browser.get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertSecurityHeaders(page);
            assertThat(INLINE.matcher(page.body()).results().map(MatchResult::group)).as(path).isEmpty();
            assertThat(page.body()).contains("<link rel=\"stylesheet\" href=\"/assets/crossings.css\">");
            for (String asset : LOADED.matcher(page.body()).results().map(m -> m.group(1)).toList()) {
                assertThat(asset).as("loaded by " + path).startsWith("/assets/");
                assertThat(browser.get(asset).statusCode()).as(asset).isEqualTo(200);
            }
        }));
    }

    @Test
    void the_style_sheet_and_the_script_are_served_as_what_they_are() {
        assertThat(server.get("/assets/crossings.css").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(server.get("/assets/print.js").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_and_not_secure_over_plain_http() {
        HttpResponse<String> login = new Browser().get("/login");

        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure"));
    }

    static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Permissions-Policy")).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    /** The pages of Crossings: sign-in, home, the desk, pre-registration, and a receipt of the demo world. */
    private List<String> pages() {
        Cases cases = server.bean(Cases.class);
        String reference = Stream.of("AM-MARGARA", "TR-ALICAN", "AM-SYUNIK-EAST")
                .flatMap(post -> cases.queue(PostCode.of(post), 1).stream())
                .findFirst().orElseThrow(() -> new AssertionError("the demo world has a traveller waiting"))
                .reference().value();
        return List.of("/login", "/login?error", "/login?signed-out", "/", "/desk", "/preregister",
                "/cases/" + reference + "/receipt");
    }
}
