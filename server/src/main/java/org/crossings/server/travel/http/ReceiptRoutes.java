package org.crossings.server.travel.http;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crossings.server.http.Html;
import org.crossings.server.journal.Receipts;
import org.crossings.server.travel.CaseEntry;
import org.crossings.server.travel.Cases;
import org.crossings.server.travel.Preregistrations;
import org.crossings.server.travel.TravellerCase;
import org.crossings.tlog.note.VerifierKey;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A traveller's receipt: proof that their case's entries are in the log. {@code /api/cases/{ref}/receipt} is one
 * c2sp.org/tlog-proof@v1 per entry, one after another (each begins with the header line; split there), each with the
 * entry (its public envelope) in its {@code extra} line, for {@code crossings verify-receipt};
 * {@code /api/cases/{ref}/receipts/{index}} is one entry's, a single standard file; {@code /cases/{ref}/receipt} is a
 * page to print with the same content.
 *
 * <p>A traveller reads their receipt with the reference and their secret ({@code ?secret=}); state officers and the
 * operator's front office, signed in, with the reference alone ({@link ReceiptReaders}). References are public in the
 * log (as envelope subjects), so a reference alone opens nothing: without the secret the answer is the one an unknown
 * reference gets. A receipt holds nothing but public envelopes and proofs; the secret keeps a stranger from learning,
 * by a reference, whether and how someone crossed. The page is sent with {@code Referrer-Policy: no-referrer}, so its
 * address, secret and all, goes nowhere else.
 */
@RestController
class ReceiptRoutes {

    /** The log signs a checkpoint every second; a receipt waits this long for one that covers the case. */
    private static final Duration WAIT_FOR_CHECKPOINT = Duration.ofSeconds(3);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final ReceiptReaders readers;
    private final Receipts receipts;
    private final String logKey;

    ReceiptRoutes(Cases cases, Preregistrations preregistrations, Receipts receipts, VerifierKey logKey,
            Clock clock) {
        this.readers = new ReceiptReaders(cases, preregistrations, clock);
        this.receipts = receipts;
        this.logKey = logKey.encode();
    }

    @GetMapping(path = "/api/cases/{reference}/receipt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> receipt(@PathVariable String reference, @RequestParam Optional<String> secret,
            Principal principal) {
        TravellerCase travellerCase = readers.openLogged(reference, secret, principal);
        return proofs(travellerCase)
                .map(proofs -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("case-" + travellerCase.reference() + ".tlog-proof").build().toString())
                        .contentType(MediaType.TEXT_PLAIN).body(String.join("", proofs)))
                .orElseGet(ReceiptRoutes::notYet);
    }

    /**
     * One entry's receipt, exactly one c2sp.org/tlog-proof@v1 file as the spec has it, for tools that take nothing
     * else; {@code index} is the log index of one of the case's entries.
     */
    @GetMapping(path = "/api/cases/{reference}/receipts/{index}", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> entryReceipt(@PathVariable String reference, @PathVariable long index,
            @RequestParam Optional<String> secret, Principal principal) {
        TravellerCase travellerCase = readers.openLogged(reference, secret, principal);
        if (travellerCase.entries().stream().noneMatch(entry -> entry.index() == index)) {
            throw new IllegalArgumentException("index \"" + index + "\" is no entry of case " + reference
                    + "; its entries are " + travellerCase.entries().stream().map(CaseEntry::index).toList());
        }
        return proofs(List.of(index))
                .map(proofs -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("entry-" + index + ".tlog-proof").build().toString())
                        .contentType(MediaType.TEXT_PLAIN).body(proofs.getFirst()))
                .orElseGet(ReceiptRoutes::notYet);
    }

    /** The page; for a pre-registration not taken in yet, what the traveller needs to know of it instead. */
    @GetMapping(path = "/cases/{reference}/receipt", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String reference, @RequestParam Optional<String> secret,
            Principal principal) {
        String query = secret.map(s -> "?secret=" + TravelRequests.secret(s).value()).orElse("");
        return switch (readers.open(reference, secret, principal)) {
            case ReceiptReaders.Opened.NotLoggedYet pending -> page(HttpStatus.OK, "Pre-registration "
                    + pending.preregistration().reference(), ReceiptPage.pending(pending.preregistration(), TIME));
            case ReceiptReaders.Opened.Logged logged -> proofs(logged.travellerCase())
                    .map(proofs -> page(HttpStatus.OK, "Receipt " + logged.travellerCase().reference(),
                            ReceiptPage.body(logged.travellerCase(), proofs, logKey, TIME, query)))
                    .orElseGet(ReceiptRoutes::notYet);
        };
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
                .header("Referrer-Policy", "no-referrer").body(Html.page(title, "receipt", body));
    }

    private Optional<List<String>> proofs(TravellerCase travellerCase) {
        return proofs(travellerCase.entries().stream().map(CaseEntry::index).collect(Collectors.toList()));
    }

    private Optional<List<String>> proofs(List<Long> indexes) {
        long deadline = System.nanoTime() + WAIT_FOR_CHECKPOINT.toNanos();
        Optional<List<String>> proofs = receipts.prove(indexes);
        while (proofs.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            proofs = receipts.prove(indexes);
        }
        return proofs;
    }

    private static <T> ResponseEntity<T> notYet() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2").build();
    }
}
