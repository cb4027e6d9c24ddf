package org.crossings.server.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.crossings.tlog.audit.Discrepancy;

/**
 * What one integrity scan of the stored log found.
 *
 * @param status whether the stored log is the log its checkpoints signed
 * @param at when the scan finished (for {@link Status#NOT_SCANNED_YET}, when the watch began)
 * @param verifiedSize how many entries, from entry 0, are verified against the latest checkpoint checked
 * @param recheckedSize how far the current slow re-check of the whole log (which finds old entries changed after they
 *     were verified) has come, from entry 0
 * @param wholeLogCheckedAt when a check of every entry from entry 0 last finished, if one did
 * @param discrepancy what is wrong, with its evidence; present exactly when the status is {@link Status#TAMPERED}
 * @param failure why the storage could not be read; present exactly when the status is {@link Status#NOT_CHECKED}
 */
public record IntegrityReport(Status status, Instant at, long verifiedSize, long recheckedSize,
        Optional<Instant> wholeLogCheckedAt, Optional<Discrepancy> discrepancy, Optional<String> failure) {

    /** The outcome of a scan. */
    public enum Status {
        /** No scan has finished yet. */
        NOT_SCANNED_YET,
        /** Every entry checked is the one signed. */
        INTACT,
        /** The stored log contradicts what it signed: see the discrepancy. */
        TAMPERED,
        /** The storage could not be read; nothing was proven either way. */
        NOT_CHECKED
    }

    public IntegrityReport {
        Objects.requireNonNull(status, "integrity status");
        Objects.requireNonNull(at, "integrity scan time");
        Objects.requireNonNull(wholeLogCheckedAt, "whole log checked at");
        if (verifiedSize < 0 || recheckedSize < 0) {
            throw new IllegalArgumentException("integrity report: verified size " + verifiedSize
                    + " and rechecked size " + recheckedSize + " must not be negative");
        }
        if (discrepancy.isPresent() != (status == Status.TAMPERED)) {
            throw new IllegalArgumentException("integrity report: a discrepancy goes with status TAMPERED only, not "
                    + status);
        }
        if (failure.isPresent() != (status == Status.NOT_CHECKED)) {
            throw new IllegalArgumentException("integrity report: a failure goes with status NOT_CHECKED only, not "
                    + status);
        }
    }

    /** The report before any scan. */
    public static IntegrityReport notScannedYet(Instant since) {
        return new IntegrityReport(Status.NOT_SCANNED_YET, since, 0, 0, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** Whether the last scan found the stored log to be what it signed. */
    public boolean intact() {
        return status == Status.INTACT;
    }
}
