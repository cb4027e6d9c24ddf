package org.crossings.server.people.http;

import org.crossings.server.http.Html;
import org.crossings.server.http.Caller;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /}: where a signed-in person lands; says who they are signed in as, and lets them sign out. */
@RestController
class HomePage {

    /** Officers and the front office work at the desk: intake, the post's queue, decisions. */
    private static String desk(Caller caller) {
        return caller.holds(org.crossings.server.people.Role.STATE_OFFICER)
                || caller.holds(org.crossings.server.people.Role.OPERATOR_FRONT_OFFICE)
                ? "<p><a href=\"/desk\"><strong>Open your desk</strong></a>: take travellers in, your post's queue,"
                        + " decisions.</p>" : "";
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> home(Caller caller, CsrfToken csrf) {
        String roles = caller.person().grants().stream()
                .map(grant -> "<li>" + Html.escape(grant.toString()) + "</li>")
                .collect(Collectors.joining());
        String body = """
                <h1>Crossings</h1>
                <p class="lead">Signed in as <strong>%s</strong> (%s) of %s.</p>
                <p>Your roles:</p>
                <ul>%s</ul>
                %s
                <form method="post" action="/logout">
                %s
                <button type="submit">Sign out</button>
                </form>
                """.formatted(Html.escape(caller.person().displayName()), Html.escape(caller.username().value()),
                Html.escape(caller.party().value()), roles, desk(caller), Html.csrfField(csrf));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Html.page("Crossings", body));
    }
}
