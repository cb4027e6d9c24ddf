package org.crossings.server.travel.http;

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
import org.springframework.web.bind.annotation.RestController;

/**
 * A traveller's receipt: proof that their case's entries are in the log. {@code /api/cases/{ref}/receipt} is one
 * c2sp.org/tlog-proof@v1 per entry, one after another (each begins with the header line; split there), each with the
 * entry (its public envelope) in its {@code extra} line, for {@code crossings verify-receipt};
 * {@code /api/cases/{ref}/receipts/{index}} is one entry's, a single standard file; {@code /cases/{ref}/receipt} is a
 * page to print with the same content.
 * Anyone with the reference may ask, and references are public in the log (as envelope subjects): a receipt holds
 * nothing but those public envelopes and the proofs.
 */
@RestController
class ReceiptRoutes {

    /** The log signs a checkpoint every second; a receipt waits this long for one that covers the case. */
    private static final Duration WAIT_FOR_CHECKPOINT = Duration.ofSeconds(3);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Cases cases;
    private final Receipts receipts;
    private final String logKey;

    ReceiptRoutes(Cases cases, Receipts receipts, VerifierKey logKey) {
        this.cases = cases;
        this.receipts = receipts;
        this.logKey = logKey.encode();
    }

    @GetMapping(path = "/api/cases/{reference}/receipt", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> receipt(@PathVariable String reference) {
        TravellerCase travellerCase = cases.require(TravelRequests.reference(reference));
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
    ResponseEntity<String> entryReceipt(@PathVariable String reference, @PathVariable long index) {
        TravellerCase travellerCase = cases.require(TravelRequests.reference(reference));
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

    @GetMapping(path = "/cases/{reference}/receipt", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String reference) {
        TravellerCase travellerCase = cases.require(TravelRequests.reference(reference));
        Optional<List<String>> proofs = proofs(travellerCase);
        if (proofs.isEmpty()) {
            return notYet();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.TEXT_HTML)
                .body(Html.page("Receipt " + travellerCase.reference(), "receipt", ReceiptPage.body(travellerCase,
                        proofs.get(), logKey, TIME)));
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
