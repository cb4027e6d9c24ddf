package org.crossings.server.travel.http;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.http.Caller;
import org.crossings.server.place.Places;
import org.crossings.server.travel.Actor;
import org.crossings.server.travel.CaseConflict;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.Cases;
import org.crossings.server.travel.FeeCollected;
import org.crossings.server.travel.Mrz;
import org.crossings.server.travel.NotYourCase;
import org.crossings.server.travel.Purpose;
import org.crossings.server.travel.Step;
import org.crossings.server.travel.TravellerCase;
import org.crossings.server.travel.UnknownCase;
import org.crossings.server.travel.application.DecidingCrossing;
import org.crossings.server.travel.application.Intake;
import org.crossings.server.travel.application.TakeIn;
import org.crossings.server.travel.application.TakingIn;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The desk: the screen of an officer at a post, or of the operator's front office. Take a traveller in from the
 * document's zone (or a pre-registration), see the post's queue, let the traveller through or refuse with a reason.
 * Every answer is the desk again, with what happened on top: the reference, the agreement, or every reason and the
 * field that is wrong. The same use cases as the API; the same access rules.
 */
@RestController
class DeskRoutes {

    private final TakingIn takingIn;
    private final DecidingCrossing deciding;
    private final Cases cases;
    private final Places places;
    private final Clock clock;
    private final DeskSubmissions submitted = new DeskSubmissions();

    DeskRoutes(TakingIn takingIn, DecidingCrossing deciding, Cases cases, Places places, Clock clock) {
        this.takingIn = takingIn;
        this.deciding = deciding;
        this.cases = cases;
        this.places = places;
        this.clock = clock;
    }

    @GetMapping(path = "/desk", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> desk(Caller caller, CsrfToken csrf) {
        return page(caller, csrf, HttpStatus.OK, DeskPage.Note.NONE, DeskPage.Form.EMPTY);
    }

    @PostMapping(path = "/desk/intake", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> takeIn(Caller caller, CsrfToken csrf,
            @RequestParam(defaultValue = "") String preregistration, @RequestParam(defaultValue = "") String mrz,
            @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String way,
            @RequestParam(defaultValue = "") String feeAmount, @RequestParam(defaultValue = "") String feeCurrency,
            @RequestParam(defaultValue = "") String submission) {
        DeskPage.Form form = new DeskPage.Form(preregistration, mrz, purpose, way, feeAmount, feeCurrency);
        String person = caller.username().value();
        switch (submitted.reserve(person, submission)) {
            case DeskSubmissions.Sent.Answered sent -> {
                return page(caller, csrf, HttpStatus.OK, DeskPage.Note.ok("This form was sent already: case "
                        + sent.reference() + ". Nothing was taken in twice.", sent.reference()), DeskPage.Form.EMPTY);
            }
            case DeskSubmissions.Sent.Pending pending -> {
                return page(caller, csrf, HttpStatus.CONFLICT, DeskPage.Note.error("This form is being taken in"
                        + " already; refresh the desk in a moment to see the case."), DeskPage.Form.EMPTY);
            }
            case DeskSubmissions.Sent.First first -> { }
        }
        try {
            Intake intake = takingIn.takeIn(command(caller, form));
            submitted.answered(person, submission, intake.travellerCase().reference());
            TravellerCase taken = intake.travellerCase();
            DeskPage.Note note = switch (intake.eligibility()) {
                case EligibilityOutcome.Allowed allowed -> DeskPage.Note.ok("Taken in: case " + taken.reference()
                        + ", allowed by " + allowed.agreement() + ". Waiting for the exit decision at "
                        + taken.waitingAt().map(Object::toString).orElse("?") + "." + secret(intake), taken.reference());
                case EligibilityOutcome.NotAllowed refused -> DeskPage.Note.refused("Not eligible; the refusal is"
                        + " recorded as case " + taken.reference() + "." + secret(intake) + " Tell the traveller:",
                        refused.reasons().stream()
                        .map(Object::toString).toList(), taken.reference());
            };
            return page(caller, csrf, HttpStatus.OK, note, DeskPage.Form.EMPTY);
        } catch (IllegalArgumentException | CaseConflict | NotYourCase | UnknownCase e) {
            submitted.refused(person, submission);
            return page(caller, csrf, status(e), DeskPage.Note.error(e.getMessage()), form);
        } catch (RuntimeException e) {
            submitted.refused(person, submission);
            throw e;
        }
    }

    @PostMapping(path = "/desk/cases/{reference}/decision", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> decide(Caller caller, CsrfToken csrf, @PathVariable String reference,
            @RequestParam(defaultValue = "") String step, @RequestParam(defaultValue = "") String outcome,
            @RequestParam(defaultValue = "") String reason) {
        try {
            var body = new TravelRequests.DecisionBody(step, outcome, reason.isBlank() ? null : reason);
            TravellerCase decided = deciding.decide(TravelRequests.decision(TravelRequests.reference(reference),
                    body, caller));
            return page(caller, csrf, HttpStatus.OK, DeskPage.Note.ok("Case " + decided.reference() + ": "
                    + DeskPage.words(decided.status()) + ".", decided.reference()), DeskPage.Form.EMPTY);
        } catch (IllegalArgumentException | CaseConflict | NotYourCase | UnknownCase e) {
            return page(caller, csrf, status(e), DeskPage.Note.error(e.getMessage()), DeskPage.Form.EMPTY);
        }
    }

    /** The secret a traveller who did not pre-register gets now, to open their receipt: shown this once. */
    private static String secret(Intake intake) {
        return intake.secret().map(secret -> " Give the traveller their reference and secret (shown only now): "
                + secret.value() + ".").orElse("");
    }

    private TakeIn command(Caller caller, DeskPage.Form form) {
        Actor actor = TravelRequests.actor(caller);
        Optional<CaseReference> preregistered = form.preregistration().isBlank() ? Optional.empty()
                : Optional.of(TravelRequests.reference(form.preregistration().strip()));
        Optional<FeeCollected> fee = form.feeAmount().isBlank() ? Optional.empty() : Optional.of(fee(form));
        if (preregistered.isPresent()) {
            return new TakeIn(actor, preregistered, form.mrz().isBlank() ? Optional.empty()
                    : Optional.of(Mrz.parse(form.mrz())), Optional.empty(), Optional.empty(), Optional.empty(), fee);
        }
        WayChoice way = WayChoice.parse(places, form.way());
        return new TakeIn(actor, Optional.empty(), Optional.of(Mrz.parse(form.mrz())),
                Optional.of(Purpose.fromJson(form.purpose())), Optional.of(way.passage()),
                Optional.of(way.direction()), fee);
    }

    /** The fee typed at the desk; spaces around what was typed are the form's, not the amount's. */
    private static FeeCollected fee(DeskPage.Form form) {
        return TravelRequests.fee(new TravelRequests.FeeBody(form.feeAmount().strip(), form.feeCurrency().strip()));
    }

    private ResponseEntity<String> page(Caller caller, CsrfToken csrf, HttpStatus status, DeskPage.Note note,
            DeskPage.Form form) {
        Actor actor = TravelRequests.actor(caller);
        List<DeskPage.Queue> queues = actor.officerAt().stream().sorted()
                .map(post -> new DeskPage.Queue(post, places.post(post).map(p -> p.name()).orElse(post.value()),
                        cases.queue(post, 100)))
                .toList();
        String body = new DeskPage(caller, csrf, places, clock.instant()).render(note, form,
                takingIn.waysFor(actor), queues);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
                .body(body);
    }

    private static HttpStatus status(RuntimeException e) {
        return switch (e) {
            case NotYourCase notYours -> HttpStatus.FORBIDDEN;
            case CaseConflict conflict -> HttpStatus.CONFLICT;
            case UnknownCase unknown -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.BAD_REQUEST;
        };
    }
}
