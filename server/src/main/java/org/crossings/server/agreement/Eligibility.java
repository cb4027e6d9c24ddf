package org.crossings.server.agreement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossings.server.agreement.EligibilityOutcome.Allowed;
import org.crossings.server.agreement.EligibilityOutcome.NotAllowed;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;

/**
 * Whether any agreement allows a crossing: nothing crosses unless one does, and the answer names it, or gives every
 * reason of every agreement that opens the passage in that direction.
 *
 * <p>Built once from all agreement versions (an immutable snapshot; rebuild it when one changes). Agreements are
 * indexed by passage and direction, and each is compiled for its way, so a check looks only at the few agreements
 * on its way however many there are. A version stops counting from the instant a later version of the same
 * agreement has been signed by every party.
 */
public final class Eligibility {

    private record Key(PassageId passage, Direction direction) {
    }

    private final Map<Key, List<OpenWay>> index;

    private Eligibility(Map<Key, List<OpenWay>> index) {
        this.index = index;
    }

    public static Eligibility of(Collection<Agreement> agreements) {
        Map<Key, List<OpenWay>> index = new HashMap<>();
        Map<AgreementId, List<Agreement>> versions = new HashMap<>();
        agreements.forEach(a -> versions.computeIfAbsent(a.ref().id(), id -> new ArrayList<>()).add(a));
        for (Agreement agreement : agreements) {
            Instant supersededAt = supersededAt(agreement, versions.get(agreement.ref().id()));
            for (Way way : agreement.terms().ways()) {
                index.computeIfAbsent(new Key(way.passage().id(), way.direction()), key -> new ArrayList<>())
                        .add(new OpenWay(agreement, way, supersededAt));
            }
        }
        Comparator<OpenWay> order = Comparator.comparing((OpenWay open) -> open.ref().id())
                .thenComparing(open -> -open.ref().version());
        index.values().forEach(list -> list.sort(order));
        return new Eligibility(index);
    }

    public EligibilityOutcome check(CrossingRequest request) {
        List<OpenWay> candidates = index.getOrDefault(new Key(request.passage(), request.direction()), List.of());
        if (candidates.isEmpty()) {
            return new NotAllowed(List.of(new Reason(null, ReasonCode.NO_AGREEMENT, "no agreement opens "
                    + request.passage().value() + " from " + request.direction())));
        }
        List<Reason> reasons = new ArrayList<>();
        for (OpenWay candidate : candidates) {
            List<Reason> against = candidate.reasons(request);
            if (against.isEmpty()) {
                return new Allowed(candidate.ref());
            }
            reasons.addAll(against);
        }
        return new NotAllowed(reasons);
    }

    /**
     * Who is the front office of {@code way} at {@code at}: the operator named by the first agreement in force on
     * that way that names one (in agreement id order, the latest version first), or else the departure state's
     * officers at its post. The one place that says it: intake, the desk and the access tests ask here.
     */
    public FrontOffice frontOffice(Way way, Instant at) {
        return index.getOrDefault(new Key(way.passage().id(), way.direction()), List.of()).stream()
                .filter(open -> open.namesFrontOfficeAt(at))
                .<FrontOffice>map(open -> new FrontOffice.Operator(open.frontOffice(), open.ref()))
                .findFirst()
                .orElseGet(() -> new FrontOffice.DepartureState(way.departure().party(), way.departure().code()));
    }

    /** The first instant at which a later version of the same agreement was signed by every party, or null. */
    private static Instant supersededAt(Agreement agreement, List<Agreement> versions) {
        return versions.stream()
                .filter(other -> other.ref().version() > agreement.ref().version())
                .flatMap(other -> other.fullySignedAt().stream())
                .min(Instant::compareTo).orElse(null);
    }
}
