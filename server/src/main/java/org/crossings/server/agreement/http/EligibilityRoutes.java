package org.crossings.server.agreement.http;

import java.time.Clock;
import java.util.List;
import org.crossings.server.agreement.Agreement;
import org.crossings.server.agreement.AgreementStatus;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.application.CheckingEligibility;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/eligibility}: does an agreement allow this crossing? A refusal is an answer, not an error (200,
 * with every reason). {@code GET /api/timeline}: the story of every agreement version.
 */
@RestController
class EligibilityRoutes {

    private final CheckingEligibility checking;
    private final Agreements agreements;
    private final Clock clock;

    EligibilityRoutes(CheckingEligibility checking, Agreements agreements, Clock clock) {
        this.checking = checking;
        this.agreements = agreements;
        this.clock = clock;
    }

    @PostMapping(path = "/api/eligibility", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    AgreementViews.Eligibility check(@RequestBody AgreementRequests.Crossing body) {
        return AgreementViews.eligibility(checking.check(CrossingRequests.read(body, clock.instant())));
    }

    @GetMapping(path = "/api/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    List<AgreementViews.Timeline> timeline() {
        return agreements.timeline().stream().map(entry -> AgreementViews.timeline(entry,
                agreements.find(entry.agreement()).map(this::statusNow).orElse(AgreementStatus.PROPOSED))).toList();
    }

    private AgreementStatus statusNow(Agreement agreement) {
        return agreement.status(clock.instant());
    }
}
