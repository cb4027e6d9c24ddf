package org.crossings.server.travel.http;

import java.net.URI;
import java.util.stream.Collectors;
import org.crossings.server.travel.application.Preregistered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problem answers (RFC 9457) that travel's routes give for refusals that are values, not errors: a pre-registration
 * not eligible whatever the agreements say. Shaped like the shared ones ({@code https://crossings.example/problems/}).
 */
final class TravelProblems {

    private TravelProblems() {
    }

    /** 400: the detail names the field and its value; {@code field} the first one; {@code eligibility} every reason. */
    static ProblemDetail notEligible(Preregistered.NotEligible refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.reasons().stream()
                .map(reason -> reason.detail()).collect(Collectors.joining("; ")));
        problem.setType(URI.create("https://crossings.example/problems/not-eligible"));
        problem.setTitle("Not eligible; nothing was kept");
        problem.setProperty("field", refused.reasons().getFirst().field());
        problem.setProperty("eligibility", TravelViews.notEligible(refused.reasons()));
        return problem;
    }
}
