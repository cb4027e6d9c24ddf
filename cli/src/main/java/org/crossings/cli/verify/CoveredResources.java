package org.crossings.cli.verify;

import java.util.Objects;
import org.crossings.tlog.client.Fetched;
import org.crossings.tlog.client.HttpLog;
import org.crossings.tlog.client.TileResource;

/**
 * The tiles and bundles of the audit's plan, fetched from the log. Every one of them is a resource the signed
 * checkpoint covers, so a log answering that it has it not (404, 410; for a partial one, nor its full one) has lost or
 * deleted part of what it signed: that is a failed verification, not a fetch failure.
 */
final class CoveredResources {

    private final HttpLog log;

    CoveredResources(HttpLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * The resource as served.
     *
     * @throws VerificationFailure naming the missing resource and the log's answers, if the log does not have it
     * @throws org.crossings.tlog.client.FetchException if the log could not be reached or kept failing
     */
    Fetched.Served fetch(TileResource resource) {
        return switch (log.fetch(resource)) {
            case Fetched.Served served -> served;
            case Fetched.Absent absent -> throw missing(absent);
        };
    }

    private static VerificationFailure missing(Fetched.Absent absent) {
        TileResource resource = absent.wanted();
        StringBuilder evidence = new StringBuilder()
                .append("missing resource: ").append(resource.path()).append(" (").append(resource.holds()).append(")\n");
        for (Fetched.Answer answer : absent.answers()) {
            evidence.append(answer).append('\n');
        }
        return new VerificationFailure("the log does not serve " + resource.path()
                + ", which the signed checkpoint covers: the log lost or deleted part of what it signed",
                evidence.toString());
    }
}
