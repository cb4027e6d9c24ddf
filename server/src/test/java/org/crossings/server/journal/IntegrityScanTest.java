package org.crossings.server.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossings.server.RunningServer;
import org.junit.jupiter.api.Test;

/** The running server watches its own log: its integrity scan runs shortly after start, on its own. */
class IntegrityScanTest {

    @Test
    void the_running_server_finds_its_log_intact_shortly_after_start() throws InterruptedException {
        IntegrityScan scan = RunningServer.shared().bean(IntegrityScan.class);

        for (int tries = 0; tries < 600 && scan.latest().status() == IntegrityReport.Status.NOT_SCANNED_YET; tries++) {
            Thread.sleep(100);
        }

        assertThat(scan.latest().status()).as(scan.latest().toString()).isEqualTo(IntegrityReport.Status.INTACT);
        assertThat(scan.latest().verifiedSize()).isPositive();
    }
}
