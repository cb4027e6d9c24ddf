package org.crossings.server.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeFormat;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.PlaceFacts;
import org.crossings.server.travel.CaseEventType;
import org.crossings.server.travel.TravellerEvents;

/**
 * The running tally of crossings, kept from the envelopes of the log alone: feed it every envelope in log order
 * ({@link #add}), then ask for the {@link #report} of any range of UTC days. Two parties that feed it the same log
 * get equal reports, whatever else their nodes hold.
 *
 * <p>A case is open from its first envelope that counts (intake, or exit allowed when the log shows no intake) to
 * its final decision; the tally keeps only open cases, the counts of each cell (UTC day × passage × direction ×
 * category × outcome; day × step × reason × passage), and the waits of each cell (day × passage × direction ×
 * step). Adding an envelope is O(1) amortised. Memory grows with the open cases and the cells, not with the log,
 * except for the waits: percentiles are exact, so each wait is kept, 8 bytes each, about three per case (24 MB for a
 * million cases). A final decision without an intake (a log read from the middle, say) is counted, with no wait.
 *
 * <p>Cases are told apart by their subject alone, so the envelopes of each case must come in that case's own order;
 * the journal serialises them. Not thread-safe: one thread adds, in log order, and reports.
 */
public final class CrossingTally {

    private final Map<String, OpenCase> open = new HashMap<>();
    private final Map<CrossingKey, Long> crossings = new HashMap<>();
    private final Map<WaitKey, Durations> waits = new HashMap<>();
    private final Map<RefusalKey, Long> refusals = new HashMap<>();
    private long unclassified;

    /** The tally of every envelope of a log. */
    public static CrossingTally of(TravelEnvelopes log) {
        CrossingTally tally = new CrossingTally();
        log.forEach(tally::add);
        return tally;
    }

    /** Counts one envelope, the next in log order; envelopes of anything but a case are ignored. */
    public void add(Envelope envelope) {
        Objects.requireNonNull(envelope, "envelope");
        if (envelope.subject().kind().equals(TravellerEvents.SUBJECT_KIND)) {
            CaseEventType.of(envelope.type()).ifPresent(event -> add(event, envelope));
        }
    }

    private void add(CaseEventType event, Envelope envelope) {
        if (event == CaseEventType.PREREGISTERED) {
            return;
        }
        String id = envelope.subject().id();
        Optional<Lane> lane = Lane.of(envelope);
        if (lane.isEmpty()) {
            unclassified++;
            if (event.ends()) {
                open.remove(id); // decided all the same: no longer under way
            }
            return;
        }
        switch (event) {
            case TAKEN_IN -> open.putIfAbsent(id, new OpenCase(lane.get(), envelope.time(), null, null));
            case EXIT_ALLOWED -> exitAllowed(id, lane.get(), envelope.time());
            case ADMITTED_IN_TRANSIT -> admittedInTransit(id, envelope.time());
            case NOT_ELIGIBLE, EXIT_REFUSED, ADMITTED, ENTRY_REFUSED ->
                    decided(event, lane.get(), envelope, open.remove(id));
            case PREREGISTERED -> { } // returned above: not a crossing yet
        }
    }

    /** The exit wait runs from intake, or on a route from the admission into the state now left. */
    private void exitAllowed(String id, Lane lane, Instant at) {
        OpenCase known = open.get(id);
        if (known == null) {
            open.put(id, new OpenCase(lane, null, at, null));
            return;
        }
        Instant since = known.admittedInTransit() != null ? known.admittedInTransit() : known.takenIn();
        if (since != null) {
            waited(lane, Wait.EXIT, since, at);
        }
        open.put(id, new OpenCase(known.lane(), known.takenIn(), at, null));
    }

    /** On a route, an admission on the way ends an entry wait, and the next exit wait starts. */
    private void admittedInTransit(String id, Instant at) {
        OpenCase known = open.get(id);
        if (known == null) {
            return;
        }
        if (known.exitAllowed() != null) {
            waited(known.lane(), Wait.ENTRY, known.exitAllowed(), at);
        }
        open.put(id, new OpenCase(known.lane(), known.takenIn(), null, at));
    }

    private void decided(CaseEventType event, Lane lane, Envelope envelope, OpenCase known) {
        Instant at = envelope.time();
        LocalDate day = Days.dayOf(at);
        crossings.merge(new CrossingKey(day, lane, Outcome.of(event).orElseThrow()), 1L, Long::sum);
        RefusalStep.of(event).ifPresent(step -> refusals.merge(
                new RefusalKey(day, step, envelope.text(EnvelopeFormat.REASON), lane.passage()), 1L, Long::sum));
        if (known == null) {
            return; // a final decision without intake in the log: counted, but no wait to measure
        }
        Instant exitWaitSince = known.admittedInTransit() != null ? known.admittedInTransit() : known.takenIn();
        if (event == CaseEventType.EXIT_REFUSED && exitWaitSince != null) {
            waited(lane, Wait.EXIT, exitWaitSince, at); // on a route, from the admission into the state now left
        }
        if ((event == CaseEventType.ADMITTED || event == CaseEventType.ENTRY_REFUSED) && known.exitAllowed() != null) {
            waited(lane, Wait.ENTRY, known.exitAllowed(), at);
        }
        if (known.takenIn() != null) {
            waited(lane, Wait.TOTAL, known.takenIn(), at);
        }
    }

    private void waited(Lane lane, Wait step, Instant since, Instant decided) {
        waits.computeIfAbsent(new WaitKey(Days.dayOf(decided), lane.passage(), lane.direction(), step),
                key -> new Durations()).add(decided.toEpochMilli() - since.toEpochMilli());
    }

    /** The statistics of every day. */
    public CrossingStatistics report() {
        return report(Days.all());
    }

    /**
     * The statistics of the given UTC days: outcomes and refusals by the day of the final envelope, waits by the day
     * of the decision that ends them, pending cases by the day of their first envelope.
     */
    public CrossingStatistics report(Days days) {
        Objects.requireNonNull(days, "days");
        return new CrossingStatistics(days, crossingCounts(days), pendingCounts(days), waitingTimes(days),
                refusalCounts(days), unclassified);
    }

    private List<CrossingCount> crossingCounts(Days days) {
        List<CrossingCount> rows = new ArrayList<>();
        crossings.forEach((key, count) -> {
            if (days.contains(key.day())) {
                rows.add(new CrossingCount(key.day(), key.lane().passage(), key.lane().direction(),
                        key.lane().category(), key.outcome(), count));
            }
        });
        return rows;
    }

    private List<PendingCount> pendingCounts(Days days) {
        Map<Lane, Long> counts = new HashMap<>();
        open.values().stream().filter(under -> days.contains(under.since()))
                .forEach(under -> counts.merge(under.lane(), 1L, Long::sum));
        return counts.entrySet().stream().map(entry -> new PendingCount(entry.getKey().passage(),
                entry.getKey().direction(), entry.getKey().category(), entry.getValue())).toList();
    }

    private List<WaitingTime> waitingTimes(Days days) {
        Map<WaitKey, Durations> merged = new HashMap<>();
        waits.forEach((key, durations) -> {
            if (days.contains(key.day())) {
                merged.computeIfAbsent(new WaitKey(null, key.passage(), key.direction(), key.step()),
                        any -> new Durations()).addAll(durations);
            }
        });
        return merged.entrySet().stream().map(entry -> waitingTime(entry.getKey(), entry.getValue())).toList();
    }

    private static WaitingTime waitingTime(WaitKey key, Durations durations) {
        long[] sorted = durations.sorted();
        return new WaitingTime(key.passage(), key.direction(), key.step(), sorted.length,
                Durations.percentile(sorted, 50), Durations.percentile(sorted, 95));
    }

    private List<RefusalCount> refusalCounts(Days days) {
        Map<RefusalKey, Long> merged = new HashMap<>();
        refusals.forEach((key, count) -> {
            if (days.contains(key.day())) {
                merged.merge(new RefusalKey(null, key.step(), key.reason(), key.passage()), count, Long::sum);
            }
        });
        return merged.entrySet().stream().map(entry -> new RefusalCount(entry.getKey().step(),
                entry.getKey().reason(), entry.getKey().passage(), entry.getValue())).toList();
    }

    /** Where and what: the passage, direction and category every envelope of a case carries. */
    private record Lane(PassageId passage, Direction direction, String category) {

        /** The lane, or empty where the envelope names none (or names places no post code or passage can be). */
        static Optional<Lane> of(Envelope envelope) {
            Optional<PassageId> passage;
            Optional<Direction> direction;
            try {
                passage = PlaceFacts.passage(envelope.facts());
                direction = PlaceFacts.direction(envelope.facts());
            } catch (IllegalArgumentException noPlace) {
                return Optional.empty(); // such an entry was never read as an envelope; it counts for nothing
            }
            Optional<String> category = envelope.text(EnvelopeFormat.CATEGORY);
            if (passage.isEmpty() || direction.isEmpty() || category.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Lane(passage.get(), direction.get(), category.get()));
        }
    }

    /**
     * A case under way. {@code takenIn} is null when the log shows no intake, {@code exitAllowed} until the exit
     * state lets the traveller leave: private state, where null reads shorter than nested optionals.
     */
    private record OpenCase(Lane lane, Instant takenIn, Instant exitAllowed, Instant admittedInTransit) {

        Instant since() {
            return takenIn != null ? takenIn : exitAllowed != null ? exitAllowed : admittedInTransit;
        }
    }

    private record CrossingKey(LocalDate day, Lane lane, Outcome outcome) {
    }

    /** {@code day} is null in the report's merged cells, which span the range. */
    private record WaitKey(LocalDate day, PassageId passage, Direction direction, Wait step) {
    }

    /** {@code day} is null in the report's merged cells, which span the range. */
    private record RefusalKey(LocalDate day, RefusalStep step, Optional<String> reason, PassageId passage) {
    }
}
