package org.crossings.server.travel.http;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.crossings.server.http.Caller;
import org.crossings.server.place.PostCode;
import org.crossings.server.travel.Cases;
import org.crossings.server.travel.RefusalReasons;
import org.crossings.server.travel.TravellerSecret;
import org.crossings.server.travel.application.DecidingCrossing;
import org.crossings.server.travel.application.Intake;
import org.crossings.server.travel.application.Preregister;
import org.crossings.server.travel.application.Preregistered;
import org.crossings.server.travel.application.Preregistering;
import org.crossings.server.travel.application.TakingIn;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Travellers over HTTP: pre-registration (anyone), intake at the front office, the posts' queues, the states'
 * decisions, and cases. Who may call each is in {@code AccessRules}; which post and which side, the use cases check.
 */
@RestController
class TravelRoutes {

    private static final int QUEUE_LIMIT_MAX = 500;

    private final Preregistering preregistering;
    private final TakingIn takingIn;
    private final DecidingCrossing deciding;
    private final Cases cases;
    private final Clock clock;

    TravelRoutes(Preregistering preregistering, TakingIn takingIn, DecidingCrossing deciding, Cases cases,
            Clock clock) {
        this.preregistering = preregistering;
        this.takingIn = takingIn;
        this.deciding = deciding;
        this.cases = cases;
        this.clock = clock;
    }

    /**
     * 201 with a fresh reference and secret for every submission, the same one twice included: the answer tells no
     * sender whether the trip was submitted before. 400, naming the field, when it is not eligible whatever the
     * agreements say (the document expires before the day of travel, the day is out of range); nothing is kept then.
     */
    @PostMapping(path = "/api/preregistrations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> preregister(@RequestBody TravelRequests.PreregistrationBody body) {
        return switch (preregistering.preregister(new Preregister(TravelRequests.preregistration(body)))) {
            case Preregistered.Kept kept -> ResponseEntity.created(URI.create("/cases/"
                            + kept.preregistration().reference() + "/receipt"))
                    .cacheControl(CacheControl.noStore()).body(TravelViews.preregistration(kept));
            case Preregistered.NotEligible refused -> ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(TravelProblems.notEligible(refused));
        };
    }

    /** 201 either way: an ineligible traveller's refusal is recorded too, with every reason in the answer. */
    @PostMapping(path = "/api/intake", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TravelViews.Intake> takeIn(@RequestBody TravelRequests.IntakeBody body, Caller caller) {
        Intake intake = takingIn.takeIn(TravelRequests.intake(body, caller));
        var travellerCase = TravelViews.of(intake.travellerCase(), caller);
        return ResponseEntity.created(URI.create("/api/cases/" + travellerCase.reference()))
                .body(new TravelViews.Intake(travellerCase.reference(), travellerCase.status(),
                        TravelViews.eligibility(intake.eligibility()), intake.fee().map(TravelViews::fee)
                        .orElse(null), intake.secret().map(TravellerSecret::value).orElse(null), travellerCase));
    }

    @GetMapping(path = "/api/cases/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    TravelViews.Case travellerCase(@PathVariable String reference, Caller caller) {
        return TravelViews.of(cases.require(TravelRequests.reference(reference)), caller);
    }

    @PostMapping(path = "/api/cases/{reference}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TravelViews.Case> decide(@PathVariable String reference,
            @RequestBody TravelRequests.DecisionBody body, Caller caller) {
        var decided = deciding.decide(TravelRequests.decision(TravelRequests.reference(reference), body, caller));
        return ResponseEntity.status(HttpStatus.CREATED).body(TravelViews.of(decided, caller));
    }

    /** The cases waiting for this post's decision, the longest-waiting first, with how long each has waited. */
    @GetMapping(path = "/api/posts/{post}/queue", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TravelViews.Queued> queue(@PathVariable String post, @RequestParam Optional<Integer> limit,
            Caller caller) {
        int max = limit.orElse(100);
        if (max < 1 || max > QUEUE_LIMIT_MAX) {
            throw new IllegalArgumentException("limit \"" + max + "\" must be from 1 to " + QUEUE_LIMIT_MAX);
        }
        var now = clock.instant();
        return cases.queue(PostCode.of(post), max).stream()
                .map(c -> TravelViews.queued(c, caller, now)).toList();
    }

    @GetMapping(path = "/api/refusal-reasons", produces = MediaType.APPLICATION_JSON_VALUE)
    List<TravelViews.ReasonView> refusalReasons() {
        return RefusalReasons.all().stream().map(TravelViews::reason).toList();
    }
}
