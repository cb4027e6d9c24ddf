package org.crossings.server.agreement;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crossings.server.agreement.Crosser.Consignment;
import org.crossings.server.agreement.Crosser.Traveller;
import org.crossings.server.party.CountryCode;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.Hours;
import org.crossings.server.place.PostCode;

/**
 * One agreement version on one way, compiled for fast checks: its window as instants in the departure post's zone,
 * its lists as sets. Answers every reason it does not allow a request, or none when it does.
 */
final class OpenWay {

    private final Agreement agreement;
    private final Instant supersededAt;
    private final PostCode post;
    private final ZoneId zone;
    private final Instant start;
    private final Instant end;
    private final Set<CountryCode> stateCountries;
    private final Set<DocumentCode> documents;
    private final Set<GoodsCategory> categories;
    private final Set<HsCode> chapters;

    OpenWay(Agreement agreement, Way way, Instant supersededAt) {
        Terms terms = agreement.terms();
        this.agreement = agreement;
        this.supersededAt = supersededAt;
        this.post = way.departure().code();
        this.zone = way.zone();
        this.start = terms.window().start(zone);
        this.end = terms.window().end(zone).orElse(null);
        this.stateCountries = terms.stateCountries();
        this.documents = terms.travellers() == null ? Set.of() : new HashSet<>(terms.travellers().documents());
        this.categories = terms.goods() == null ? Set.of() : new HashSet<>(terms.goods().categories());
        this.chapters = terms.goods() == null ? Set.of() : new HashSet<>(terms.goods().hsChapters());
    }

    AgreementRef ref() {
        return agreement.ref();
    }

    /**
     * Whether this version names an operator as the front office of its way at {@code at}: only while it is in force
     * and not replaced by a later version signed by every party.
     */
    boolean namesFrontOfficeAt(Instant at) {
        return agreement.terms().frontOffice() != null && agreement.status(at) == AgreementStatus.IN_FORCE
                && (supersededAt == null || at.isBefore(supersededAt));
    }

    /** The operator this version names as front office; call only when {@link #namesFrontOfficeAt} holds. */
    PartyCode frontOffice() {
        return agreement.terms().frontOffice().code();
    }

    List<Reason> reasons(CrossingRequest request) {
        List<Reason> reasons = new ArrayList<>();
        Instant at = request.at();
        standing(at, reasons);
        timing(at, reasons);
        switch (request.crosser()) {
            case Traveller traveller -> traveller(traveller, reasons);
            case Consignment consignment -> consignment(consignment, reasons);
        }
        return reasons;
    }

    private void standing(Instant at, List<Reason> reasons) {
        agreement.suspended().filter(s -> !s.at().isAfter(at)).ifPresent(s -> add(reasons, ReasonCode.SUSPENDED,
                "suspended by " + s.by() + " at " + s.at() + ": " + s.reason()));
        Set<PartyCode> unsigned = agreement.unsignedAt(at);
        if (!unsigned.isEmpty()) {
            add(reasons, ReasonCode.NOT_SIGNED, "not signed by " + unsigned + " at " + at);
        }
        if (supersededAt != null && !at.isBefore(supersededAt)) {
            add(reasons, ReasonCode.SUPERSEDED, "replaced at " + supersededAt + " by a later version");
        }
    }

    private void timing(Instant at, List<Reason> reasons) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        String when = local + " at " + post + " (" + zone + ")";
        Window window = agreement.terms().window();
        if (at.isBefore(start)) {
            add(reasons, ReasonCode.BEFORE_WINDOW, "the window opens on " + window.from() + "; it is " + when);
        } else if (end != null && !at.isBefore(end)) {
            add(reasons, ReasonCode.AFTER_WINDOW, "the window closed after " + window.until() + "; it is " + when);
        }
        Hours hours = agreement.terms().hours();
        if (hours != null && !hours.contains(local.toLocalTime())) {
            add(reasons, ReasonCode.OUTSIDE_HOURS, "open daily " + hours + "; it is " + when);
        }
    }

    private void traveller(Traveller traveller, List<Reason> reasons) {
        Travellers allowed = agreement.terms().travellers();
        if (allowed == null) {
            add(reasons, ReasonCode.TRAVELLERS_NOT_ALLOWED, "it opens for goods only");
            return;
        }
        if (allowed.nationalities().stream().noneMatch(c -> c.includes(traveller.nationality(), stateCountries))) {
            add(reasons, ReasonCode.NATIONALITY_NOT_ALLOWED, (traveller.nationality() == null
                    ? "a person no state claims as its citizen" : "a citizen of " + traveller.nationality())
                    + " is not among " + allowed.nationalities().stream().map(NationalityClass::json).toList()
                    + " (parties: " + stateCountries.stream().map(CountryCode::alpha3).sorted().toList() + ")");
        }
        if (!documents.contains(traveller.document())) {
            add(reasons, ReasonCode.DOCUMENT_NOT_ALLOWED, "document " + traveller.document() + " is not among "
                    + allowed.documents());
        }
    }

    private void consignment(Consignment consignment, List<Reason> reasons) {
        Goods allowed = agreement.terms().goods();
        if (allowed == null) {
            add(reasons, ReasonCode.GOODS_NOT_ALLOWED, "it opens for travellers only");
            return;
        }
        if (!categories.contains(consignment.category())) {
            add(reasons, ReasonCode.CATEGORY_NOT_ALLOWED, "category " + consignment.category() + " is not among "
                    + allowed.categories());
        }
        if (allowed.humanitarianOnly() && !consignment.humanitarian()) {
            add(reasons, ReasonCode.NOT_HUMANITARIAN, "it opens for humanitarian consignments only");
        }
        List<HsCode> outside = consignment.goods().stream()
                .filter(code -> !chapters.isEmpty() && !chapters.contains(code.chapter())).toList();
        if (!outside.isEmpty()) {
            add(reasons, ReasonCode.HS_CHAPTER_NOT_ALLOWED, "goods " + outside + " are outside HS chapters "
                    + allowed.hsChapters());
        }
        if (!allowed.vehicles().isEmpty() && !allowed.vehicles().contains(consignment.vehicle())) {
            add(reasons, ReasonCode.VEHICLE_NOT_ALLOWED, "vehicle " + consignment.vehicle().json()
                    + " is not among " + allowed.vehicles().stream().map(VehicleKind::json).toList());
        }
    }

    private void add(List<Reason> reasons, ReasonCode code, String detail) {
        reasons.add(new Reason(agreement.ref(), code, detail));
    }
}
