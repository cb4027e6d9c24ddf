package org.crossings.server.travel.http;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.crossings.server.http.Html;
import org.crossings.server.travel.CaseEntry;
import org.crossings.server.travel.PendingPreregistration;
import org.crossings.server.travel.TravellerCase;

/** The printable receipt: what happened to the case, step by step, and the proofs that the log holds each step. */
final class ReceiptPage {

    private ReceiptPage() {
    }

    /** @param query what the page's own links carry on: the traveller's {@code ?secret=}, or nothing for an officer */
    static String body(TravellerCase c, List<String> proofs, String logKey, DateTimeFormatter time, String query) {
        String steps = IntStream.range(0, c.entries().size()).mapToObj(i -> {
            CaseEntry e = c.entries().get(i);
            return "<tr><td>" + Html.escape(time.format(e.time())) + "</td><td>" + Html.escape(words(e)) + "</td><td>"
                    + Html.escape(e.actor().value()) + "</td><td>" + e.index() + "</td></tr>";
        }).collect(Collectors.joining("\n"));
        return """
                <h1>Crossing receipt</h1>
                <p class="lead">Case <strong id="reference">%s</strong> · %s · %s → %s</p>
                <p>Keep this reference and your secret: together they let you, and anyone you show them, fetch this
                receipt.</p>
                <p>Status: <strong id="status">%s</strong>%s</p>
                <table><thead><tr><th>When</th><th>What</th><th>By</th><th>Log entry</th></tr></thead>
                <tbody>%s</tbody></table>
                <h2>Proof</h2>
                <p>Each step above is an entry of the log, proven below as a <code>c2sp.org/tlog-proof@v1</code>
                against the log's signed checkpoint. Check it offline with the log's key:</p>
                <pre>crossings verify-receipt case-%s.tlog-proof --key '%s'</pre>
                <p class="noprint"><a href="/api/cases/%s/receipt%s">Download the receipt file</a> ·
                <button type="button" id="print">Print</button></p>
                <pre id="proofs">%s</pre>
                <script src="/assets/print.js"></script>
                """.formatted(Html.escape(c.reference().value()), Html.escape(c.passage().value()),
                Html.escape(c.direction().from().value()), Html.escape(c.direction().to().value()),
                Html.escape(c.status().json()),
                c.allowedBy().map(a -> " · allowed by agreement " + Html.escape(a.toString())).orElse(""), steps,
                Html.escape(c.reference().value()), Html.escape(logKey), Html.escape(c.reference().value()),
                Html.escape(query), Html.escape(String.join("", proofs)));
    }

    /** A pre-registration the front office has not taken in: nothing of it is in the log yet, so there is no proof. */
    static String pending(PendingPreregistration p, DateTimeFormatter time) {
        return """
                <h1>Pre-registered</h1>
                <p class="lead">Reference <strong id="reference">%s</strong> · %s · %s → %s · %s</p>
                <p>Status: <strong id="status">pre-registered</strong>. Nothing of it is in the log yet: it enters the
                log, with a receipt here, when the front office takes you in at the post. Show them your reference.</p>
                <p>If no one takes you in, it is forgotten on %s.</p>
                """.formatted(Html.escape(p.reference().value()), Html.escape(p.trip().passage().value()),
                Html.escape(p.trip().direction().from().value()), Html.escape(p.trip().direction().to().value()),
                Html.escape(p.trip().travelDate().toString()), Html.escape(time.format(p.expiresAt())));
    }

    private static String words(CaseEntry e) {
        String what = switch (e.type()) {
            case PREREGISTERED -> "Pre-registered";
            case TAKEN_IN -> "Taken in by the front office";
            case NOT_ELIGIBLE -> "Not eligible";
            case EXIT_ALLOWED -> "Exit allowed";
            case EXIT_REFUSED -> "Exit refused";
            case ADMITTED -> "Admitted";
            case ADMITTED_IN_TRANSIT -> "Admitted in transit";
            case ENTRY_REFUSED -> "Entry refused";
        };
        return e.reason().map(r -> what + " (reason " + r + ")").orElse(what);
    }
}
