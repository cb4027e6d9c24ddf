package org.crossings.tlog.audit;

/**
 * Unwinds an audit from deep inside the tree recomputation (a node completed by an append) to {@link LogAudit}, which
 * hands the discrepancy out as a value. Never leaves this package, so it carries no stack trace.
 */
final class DiscrepancyFound extends RuntimeException {

    private final transient Discrepancy discrepancy;

    DiscrepancyFound(Discrepancy discrepancy) {
        super(discrepancy.summary(), null, false, false);
        this.discrepancy = discrepancy;
    }

    Discrepancy discrepancy() {
        return discrepancy;
    }
}
