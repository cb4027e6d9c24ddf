package org.crossings.server.travel.http;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.http.Html;
import org.crossings.server.place.Places;
import org.crossings.server.travel.Mrz;
import org.crossings.server.travel.Preregistration;
import org.crossings.server.travel.Purpose;
import org.crossings.server.travel.Way;
import org.crossings.server.travel.application.Preregister;
import org.crossings.server.travel.application.Preregistered;
import org.crossings.server.travel.application.Preregistering;
import org.crossings.server.value.DateRange;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /preregister}: the traveller's own page, no sign-in. They type or paste their document's zone, choose the
 * crossing, the purpose and the day, and get a reference to show at the post and a secret that opens their receipt;
 * every submission gets its own, the same one twice too. A wrong check digit is shown with its line and column, and
 * what they typed stays in the form. Nothing of it is in the log until the front office takes them in.
 */
@RestController
class PreregistrationPage {

    private final Preregistering preregistering;
    private final Places places;

    PreregistrationPage(Preregistering preregistering, Places places) {
        this.preregistering = preregistering;
        this.places = places;
    }

    record Form(String mrz, String purpose, String way, String travelDate) {
        static final Form EMPTY = new Form("", "", "", "");
    }

    @GetMapping(path = "/preregister", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(CsrfToken csrf) {
        return render(HttpStatus.OK, "", Form.EMPTY, csrf);
    }

    @PostMapping(path = "/preregister", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> submit(CsrfToken csrf, @RequestParam(defaultValue = "") String mrz,
            @RequestParam(defaultValue = "") String purpose, @RequestParam(defaultValue = "") String way,
            @RequestParam(defaultValue = "") String travelDate) {
        Form form = new Form(mrz, purpose, way, travelDate);
        try {
            return switch (preregistering.preregister(new Preregister(preregistration(form)))) {
                case Preregistered.Kept kept -> render(HttpStatus.OK, kept(kept), Form.EMPTY, csrf);
                case Preregistered.NotEligible refused -> render(HttpStatus.BAD_REQUEST, notEligible(refused), form,
                        csrf);
            };
        } catch (IllegalArgumentException e) {
            return render(HttpStatus.BAD_REQUEST, "<div id=\"note\" role=\"alert\" class=\"error\">"
                    + Html.escape(e.getMessage()) + "</div>", form, csrf);
        }
    }

    /** The reference and the secret, shown this once; the same words for every submission, the same one twice too. */
    private static String kept(Preregistered.Kept kept) {
        String reference = kept.preregistration().reference().value();
        String secret = kept.secret().value();
        return "<div id=\"note\" role=\"status\" class=\"note\">Pre-registered. Your reference: <strong"
                + " id=\"reference\">" + reference + "</strong>; your secret: <strong id=\"secret\">" + secret
                + "</strong>. Keep both: the secret is shown only this once, and with the reference it opens your"
                + " receipt. Show the reference at the post." + outlook(kept.preview()) + " <a href=\"/cases/"
                + reference + "/receipt?secret=" + secret + "\">Your receipt</a></div>";
    }

    private static String notEligible(Preregistered.NotEligible refused) {
        return "<div id=\"note\" role=\"alert\" class=\"error\">Not eligible; nothing was kept.<ul>"
                + refused.reasons().stream().map(reason -> "<li>" + Html.escape(reason.detail()) + "</li>")
                        .collect(Collectors.joining()) + "</ul></div>";
    }

    /** Reads the form in the order a traveller fills it, so the first error named is the first field wrong. */
    private Preregistration preregistration(Form form) {
        var document = Mrz.parse(form.mrz());
        WayChoice way = WayChoice.parse(places, form.way());
        LocalDate date = DateRange.CROSSINGS.day("travelDate", form.travelDate());
        Purpose purpose = Purpose.fromJson(form.purpose());
        return new Preregistration(document, purpose, way.passage(), way.direction(), date);
    }

    private static String outlook(EligibilityOutcome preview) {
        return preview instanceof EligibilityOutcome.Allowed allowed
                ? " As the agreements stand, " + Html.escape(allowed.agreement().toString()) + " allows this crossing."
                : " As the agreements stand, none allows this crossing yet; the front office will check again.";
    }

    private ResponseEntity<String> render(HttpStatus status, String note, Form form, CsrfToken csrf) {
        String ways = WayChoice.options(places, places.passages().stream()
                .flatMap(p -> p.directions().stream().map(d -> new Way(p, d))).toList(), form.way());
        String purposes = Arrays.stream(Purpose.values()).map(p -> "<option value=\"" + p.json() + "\""
                + (p.json().equals(form.purpose()) ? " selected" : "") + ">" + p.json() + "</option>")
                .collect(Collectors.joining());
        String body = """
                <h1>Pre-register a crossing</h1>
                <p class="lead">Before you travel: your reference lets the front office find you at the post.
                Nothing is recorded in the log until the front office takes you in.</p>
                %s
                <form method="post" action="/preregister" id="preregister">%s
                <label for="mrz">The machine-readable zone of your passport or card (the two or three lines of
                letters, digits and &lt; at the foot of the photo page)</label>
                <textarea id="mrz" name="mrz" rows="3" spellcheck="false" autocomplete="off">%s</textarea>
                <label for="way">Crossing</label><select id="way" name="way">%s</select>
                <label for="purpose">Purpose</label><select id="purpose" name="purpose">%s</select>
                <label for="travelDate">Day of travel</label>
                <input type="date" id="travelDate" name="travelDate" value="%s">
                <br><button type="submit">Pre-register</button>
                </form>""".formatted(note, Html.csrfField(csrf), Html.escape(form.mrz()), ways, purposes,
                Html.escape(form.travelDate()));
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
                .body(Html.page("Pre-register · Crossings", "preregister", body));
    }
}
