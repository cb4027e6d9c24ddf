package org.crossings.cli.verify;

import java.util.List;
import org.crossings.tlog.client.Fetched;
import org.crossings.tlog.tiles.EntryBundle;

/**
 * Reads entry bundles: each entry as a big-endian 16-bit length followed by that many bytes (c2sp.org/tlog-tiles).
 * A bundle with fewer or more entries than its width, or with trailing bytes, is the log's fault and fails the audit.
 */
final class BundleFormat {

    private BundleFormat() {
    }

    /** The entries of the bundle the audit wanted (a prefix of the served one if the log served the full bundle). */
    static List<byte[]> decode(Fetched.Served fetched) {
        try {
            return EntryBundle.decode(fetched.body(), fetched.served().bundlePath()).subList(0, fetched.wanted().width());
        } catch (IllegalArgumentException e) {
            String path = fetched.served().path();
            throw new VerificationFailure("entry bundle " + path + " is malformed: " + e.getMessage(),
                    "entry bundle: " + path + "\nproblem:      " + e.getMessage() + "\nlength:       "
                            + fetched.body().length + " bytes\n");
        }
    }
}
