package org.crossings.server.journal.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.crossings.server.journal.IntegrityReport;
import org.crossings.server.journal.IntegrityReport.Status;
import org.crossings.server.journal.IntegrityScan;
import org.crossings.tlog.audit.Discrepancy;
import org.crossings.tlog.audit.LogAudit;
import org.crossings.tlog.audit.LogResources;
import org.crossings.tlog.note.NoteVerifier;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.PublishedCheckpoint;
import org.crossings.tlog.storage.StoredResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The integrity scan of this node's stored log, on a thread of its own: once shortly after start, then every
 * interval. Each scan audits ({@link LogAudit}) the entries added since the last one against the latest checkpoint,
 * so its cost follows the log's growth, not its size. Because such an audit never re-reads what it has verified, a
 * second, slow audit re-checks the whole log from entry 0, a bounded number of entries per scan, against the
 * checkpoint it set out for: an old entry edited after it was verified is found within one pass. (The first scan
 * reads the whole log anyway, and counts as the first pass.)
 *
 * <p>A discrepancy is logged at ERROR with its evidence, and kept: the audits stay where they were, so every later
 * scan finds it again until the storage holds what was signed.
 */
public final class ScheduledIntegrityScan implements IntegrityScan, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledIntegrityScan.class);

    private final LogStorage storage;
    private final LogResources resources;
    private final NoteVerifier logKey;
    private final Clock clock;
    private final Schedule schedule;
    private final ScheduledExecutorService timer;
    private final LogAudit head;
    private LogAudit recheck;
    private String recheckTarget;
    private long wholeLogCheckedSize;
    private Instant wholeLogCheckedAt;
    private volatile IntegrityReport latest;

    /**
     * When to scan and how much to re-check.
     *
     * @param firstScan how long after start the first scan runs
     * @param interval the pause between the end of one scan and the start of the next; zero for no scans but those
     *     asked for with {@link #scan()}
     * @param recheckEntries how many entries of the whole log each scan re-checks; zero for no re-checks
     */
    public record Schedule(Duration firstScan, Duration interval, long recheckEntries) {

        public Schedule {
            Objects.requireNonNull(firstScan, "first scan");
            Objects.requireNonNull(interval, "scan interval");
            if (firstScan.isNegative() || interval.isNegative() || recheckEntries < 0) {
                throw new IllegalArgumentException("integrity scan: first scan " + firstScan + ", interval " + interval
                        + " and re-checked entries " + recheckEntries + " must not be negative");
            }
        }
    }

    private ScheduledIntegrityScan(LogStorage storage, NoteVerifier logKey, Clock clock, Schedule schedule) {
        this.storage = storage;
        this.resources = new StoredResources(storage);
        this.logKey = logKey;
        this.clock = clock;
        this.schedule = schedule;
        this.head = new LogAudit(logKey);
        this.latest = IntegrityReport.notScannedYet(clock.instant());
        this.timer = Executors.newSingleThreadScheduledExecutor(
                runnable -> Thread.ofPlatform().name("integrity-scan").daemon().unstarted(runnable));
    }

    /** Starts scanning the log kept in {@code storage}, whose checkpoints {@code logKey} signs. */
    public static ScheduledIntegrityScan start(LogStorage storage, NoteVerifier logKey, Clock clock,
            Schedule schedule) {
        ScheduledIntegrityScan scan = new ScheduledIntegrityScan(Objects.requireNonNull(storage, "storage"),
                Objects.requireNonNull(logKey, "log key"), Objects.requireNonNull(clock, "clock"),
                Objects.requireNonNull(schedule, "schedule"));
        if (!schedule.interval().isZero()) {
            scan.timer.scheduleWithFixedDelay(scan::scan, schedule.firstScan().toNanos(),
                    schedule.interval().toNanos(), TimeUnit.NANOSECONDS);
        }
        return scan;
    }

    @Override
    public IntegrityReport latest() {
        return latest;
    }

    /** Scans now, on the caller's thread, and returns what it found (also {@link #latest()} from now on). */
    public synchronized IntegrityReport scan() {
        IntegrityReport report;
        try {
            report = storage.latestCheckpoint().map(this::check).orElseGet(() -> report(Optional.empty()));
        } catch (RuntimeException unreadable) {
            report = new IntegrityReport(Status.NOT_CHECKED, clock.instant(), head.auditedSize(), rechecked(),
                    Optional.ofNullable(wholeLogCheckedAt), Optional.empty(), Optional.of(unreadable.toString()));
        }
        announce(report);
        latest = report;
        return report;
    }

    private IntegrityReport check(PublishedCheckpoint checkpoint) {
        Optional<Discrepancy> found = head.advance(checkpoint.note(), resources);
        return report(found.isPresent() ? found : recheck(checkpoint.note()));
    }

    /** The next stretch of the slow pass over the whole log; a new pass starts after the last one finished. */
    private Optional<Discrepancy> recheck(String verifiedNote) {
        if (schedule.recheckEntries() == 0) {
            return Optional.empty();
        }
        if (recheck == null && wholeLogCheckedAt == null) {
            return wholeLogChecked(head.auditedSize()); // the head's first audit read every entry from 0
        }
        if (recheck == null) {
            recheck = new LogAudit(logKey);
            recheckTarget = verifiedNote;
        }
        Optional<Discrepancy> found = recheck.advance(recheckTarget, resources, schedule.recheckEntries());
        if (found.isEmpty() && recheck.verified().isPresent()) {
            long size = recheck.auditedSize();
            recheck = null;
            return wholeLogChecked(size);
        }
        return found;
    }

    private Optional<Discrepancy> wholeLogChecked(long size) {
        wholeLogCheckedSize = size;
        wholeLogCheckedAt = clock.instant();
        return Optional.empty();
    }

    private long rechecked() {
        return recheck != null ? recheck.auditedSize() : wholeLogCheckedSize;
    }

    private IntegrityReport report(Optional<Discrepancy> found) {
        return new IntegrityReport(found.isPresent() ? Status.TAMPERED : Status.INTACT, clock.instant(),
                head.auditedSize(), rechecked(), Optional.ofNullable(wholeLogCheckedAt), found, Optional.empty());
    }

    /** Logs a discrepancy in full the first time, and as one line while it stays. */
    private void announce(IntegrityReport report) {
        switch (report.status()) {
            case TAMPERED -> {
                Discrepancy found = report.discrepancy().orElseThrow();
                if (latest.discrepancy().filter(found::equals).isPresent()) {
                    log.error("LOG INTEGRITY: still {}", found.summary());
                } else {
                    log.error("LOG INTEGRITY: the stored log contradicts its signed checkpoint: {}\n{}",
                            found.summary(), found.evidence());
                }
            }
            case NOT_CHECKED -> log.warn("The integrity scan could not read the log's storage: {}",
                    report.failure().orElseThrow());
            default -> log.debug("Integrity scan: {} entries verified, {} re-checked", report.verifiedSize(),
                    report.recheckedSize());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
