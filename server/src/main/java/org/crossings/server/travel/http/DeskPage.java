package org.crossings.server.travel.http;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.crossings.server.http.Caller;
import org.crossings.server.http.Html;
import org.crossings.server.place.Places;
import org.crossings.server.place.PostCode;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.CaseStatus;
import org.crossings.server.travel.Purpose;
import org.crossings.server.travel.RefusalReasons;
import org.crossings.server.travel.Step;
import org.crossings.server.travel.TravellerCase;
import org.crossings.server.travel.Way;
import org.springframework.security.web.csrf.CsrfToken;

/** The desk as HTML: what happened, the intake form, and each of the officer's queues with its buttons. */
final class DeskPage {

    /** What the last action did, shown on top; its text is escaped when written. */
    record Note(String kind, String text, List<String> reasons, CaseReference reference) {
        static final Note NONE = new Note("", "", List.of(), null);

        static Note ok(String text, CaseReference reference) {
            return new Note("note", text, List.of(), reference);
        }

        static Note refused(String text, List<String> reasons, CaseReference reference) {
            return new Note("refused", text, reasons, reference);
        }

        static Note error(String text) {
            return new Note("error", text, List.of(), null);
        }
    }

    /** What the intake form holds: empty, or as the officer typed it when it was refused. */
    record Form(String preregistration, String mrz, String purpose, String way, String feeAmount, String feeCurrency) {
        static final Form EMPTY = new Form("", "", "", "", "", "");
    }

    record Queue(PostCode post, String name, List<TravellerCase> cases) {
    }

    private final Caller caller;
    private final CsrfToken csrf;
    private final Places places;
    private final Instant now;

    DeskPage(Caller caller, CsrfToken csrf, Places places, Instant now) {
        this.caller = caller;
        this.csrf = csrf;
        this.places = places;
        this.now = now;
    }

    String render(Note note, Form form, List<Way> ways, List<Queue> queues) {
        String body = """
                <header><h1>Desk</h1><span>%s (%s) · <a href="/desk">Refresh</a> · <form class="inline" method="post"
                action="/logout">%s<button type="submit">Sign out</button></form></span></header>
                %s%s%s
                """.formatted(Html.escape(caller.person().displayName()), Html.escape(caller.username().value()),
                Html.csrfField(csrf), note(note), intake(form, ways),
                queues.stream().map(this::queue).collect(Collectors.joining("\n")));
        return Html.page("Desk · Crossings", "desk", body);
    }

    private String note(Note note) {
        if (note.kind().isEmpty()) {
            return "";
        }
        String reasons = note.reasons().stream().map(r -> "<li>" + Html.escape(r) + "</li>")
                .collect(Collectors.joining());
        String receipt = note.reference() == null ? "" : " <a href=\"/cases/" + note.reference()
                + "/receipt\">Receipt</a>";
        return "<div id=\"note\" role=\"status\" class=\"" + note.kind() + "\">" + Html.escape(note.text()) + receipt
                + (reasons.isEmpty() ? "" : "<ul>" + reasons + "</ul>") + "</div>";
    }

    private String intake(Form form, List<Way> ways) {
        if (ways.isEmpty()) {
            return "";
        }
        String options = WayChoice.options(places, ways, form.way());
        String purposes = java.util.Arrays.stream(Purpose.values()).map(p -> "<option value=\"" + p.json() + "\""
                + (p.json().equals(form.purpose()) ? " selected" : "") + ">" + p.json() + "</option>")
                .collect(Collectors.joining());
        return """
                <h2>Take a traveller in</h2>
                <form method="post" action="/desk/intake" id="intake">%s
                <input type="hidden" name="submission" value="%s">
                <label for="mrz">Machine-readable zone (type it, or scan it)</label>
                <textarea id="mrz" name="mrz" rows="3" spellcheck="false" autocomplete="off">%s</textarea>
                <label for="preregistration">or a pre-registration's reference</label>
                <input type="text" id="preregistration" name="preregistration" value="%s">
                <label for="way">Crossing</label><select id="way" name="way">%s</select>
                <label for="purpose">Purpose</label><select id="purpose" name="purpose">%s</select>
                <label for="feeAmount">Fee collected (when the agreement sets one)</label>
                <input type="text" id="feeAmount" name="feeAmount" value="%s" size="8" placeholder="5.00">
                <input type="text" id="feeCurrency" name="feeCurrency" value="%s" size="4" placeholder="USD">
                <br><button type="submit">Take in</button>
                </form>""".formatted(Html.csrfField(csrf), java.util.UUID.randomUUID(), Html.escape(form.mrz()),
                Html.escape(form.preregistration()),
                options, purposes, Html.escape(form.feeAmount()), Html.escape(form.feeCurrency()));
    }

    private String queue(Queue queue) {
        String rows = queue.cases().stream().map(this::row).collect(Collectors.joining("\n"));
        return """
                <h2>Queue at %s</h2>
                <table id="queue-%s"><thead><tr><th>Waiting</th><th>Case</th><th>Traveller</th><th>Agreement</th>
                <th>Decision</th></tr></thead><tbody>%s</tbody></table>%s""".formatted(Html.escape(queue.name()),
                Html.escape(queue.post().value()), rows,
                queue.cases().isEmpty() ? "<p>No one is waiting.</p>" : "");
    }

    private String row(TravellerCase c) {
        Step step = c.status().awaiting().orElseThrow();
        Duration waited = Duration.between(c.waitingSince().orElse(c.openedAt()), now);
        TravelViews.Traveller t = TravelViews.traveller(c, caller);
        String traveller = t == null ? "<em>not disclosed to " + Html.escape(caller.party().value()) + "</em>"
                : Html.escape(t.surname() + ", " + t.givenNames()) + "<br><small>" + Html.escape(nationality(c)
                + " · " + c.category() + " " + t.documentNumber() + " · born " + born(c)) + "</small>";
        String action = "/desk/cases/" + c.reference() + "/decision";
        String allow = step == Step.EXIT ? "allowed" : "admitted";
        String reasons = RefusalReasons.all().stream().filter(r -> r.step() == step)
                .map(r -> "<option value=\"" + r.code() + "\">" + Html.escape(r.code() + " " + r.text()) + "</option>")
                .collect(Collectors.joining());
        return """
                <tr data-reference="%s"><td class="wait">%s</td><td>%s<br><small>%s</small></td><td>%s</td><td>%s</td>
                <td><form class="inline" method="post" action="%s">%s<input type="hidden" name="step" value="%s">
                <input type="hidden" name="outcome" value="%s"><button type="submit">%s</button></form>
                <form class="inline" method="post" action="%s">%s<input type="hidden" name="step" value="%s">
                <input type="hidden" name="outcome" value="refused"><select name="reason" aria-label="reason">%s</select>
                <button type="submit">Refuse</button></form></td></tr>""".formatted(c.reference(), waited(waited),
                c.reference(), Html.escape(step.json()), traveller,
                Html.escape(c.allowedBy().map(Object::toString).orElse("")), action, Html.csrfField(csrf),
                step.json(), allow, step == Step.EXIT ? "Allow exit" : "Admit", action, Html.csrfField(csrf),
                step.json(), reasons);
    }

    /** The ICAO code, and the ISO country when it differs ({@code D (DEU)}). */
    private static String nationality(TravellerCase c) {
        var nationality = c.traveller().orElseThrow().document().nationality();
        return nationality.code() + nationality.country().filter(country -> !country.alpha3()
                .equals(nationality.code())).map(country -> " (" + country.alpha3() + ")").orElse("");
    }

    /** The date of birth as a date, or as the zone writes it when a part is unknown. */
    private String born(TravellerCase c) {
        var birth = c.traveller().orElseThrow().document().dateOfBirth();
        return birth.asBirthDate(now.atZone(java.time.ZoneOffset.UTC).toLocalDate()).map(Object::toString)
                .orElse(birth.yymmdd());
    }

    static String words(CaseStatus status) {
        return switch (status) {
            case PREREGISTERED -> "pre-registered";
            case NOT_ELIGIBLE -> "not eligible";
            case AWAITING_EXIT -> "waiting for the exit decision";
            case EXIT_REFUSED -> "exit refused";
            case AWAITING_ENTRY -> "exit allowed; waiting for the entry decision";
            case ADMITTED -> "admitted";
            case ENTRY_REFUSED -> "entry refused";
        };
    }

    private static String waited(Duration waited) {
        long seconds = Math.max(0, waited.toSeconds());
        return seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
                : "%d:%02d".formatted(seconds / 60, seconds % 60);
    }
}
