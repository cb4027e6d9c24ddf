package org.crossings.server.people.http;

import org.crossings.server.http.Html;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /login}: the sign-in form. Spring Security handles the {@code POST /login} it sends (with its CSRF
 * token) and comes back here with {@code ?error} on a wrong username or password, and with {@code ?paused} while
 * sign-in is paused after too many failures ({@link SignInFailures}).
 */
@RestController
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication // its limits are the web's
class LoginPage {

    private final SignInLimits limits;

    LoginPage(SignInLimits limits) {
        this.limits = limits;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> login(CsrfToken csrf,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String paused,
            @RequestParam(name = "signed-out", required = false) String signedOut,
            @RequestParam(required = false) String expired) {
        String message = error != null
                ? "<p class=\"error\" role=\"alert\">Wrong username or password. Please try again.</p>"
                : paused != null ? "<p class=\"error\" role=\"alert\">Signing in is paused for a while after too"
                        + " many failed attempts. Please try again in " + minutes() + " minutes.</p>"
                : signedOut != null ? "<p class=\"note\">You have signed out.</p>"
                : expired != null ? "<p class=\"note\">This page had expired. Please sign in again.</p>"
                : "";
        String body = """
                <h1>Crossings</h1>
                <p class="lead">Sign in to the border crossing system of your party.</p>
                %s
                <form method="post" action="/login">
                <label for="username">Username</label>
                <input type="text" id="username" name="username" autocomplete="username" autofocus required>
                <label for="password">Password</label>
                <input type="password" id="password" name="password" autocomplete="current-password" required>
                %s
                <button type="submit">Sign in</button>
                <p>Travelling? <a href="/preregister">Pre-register your crossing</a>, no sign-in needed.</p>
                </form>
                """.formatted(message, Html.csrfField(csrf));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Html.page("Sign in – Crossings", body));
    }

    private long minutes() {
        return Math.max(1, limits.pause().toMinutes());
    }
}
