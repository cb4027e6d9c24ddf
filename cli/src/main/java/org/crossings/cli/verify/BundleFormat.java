package org.crossings.cli.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads entry bundles: each entry as a big-endian 16-bit length followed by that many bytes (c2sp.org/tlog-tiles).
 * A bundle with fewer or more entries than its width, or with trailing bytes, is the log's fault and fails the audit.
 */
final class BundleFormat {

    private BundleFormat() {
    }

    /** The entries of the bundle the audit wanted (a prefix of the served one if the log served the full bundle). */
    static List<byte[]> decode(HttpLog.Fetched fetched) {
        byte[] body = fetched.body();
        int servedWidth = fetched.served().width();
        List<byte[]> entries = new ArrayList<>(servedWidth);
        int at = 0;
        while (at < body.length) {
            if (entries.size() == servedWidth || at + 2 > body.length) {
                throw malformed(fetched, "bytes after entry " + entries.size() + " at offset " + at);
            }
            int length = ((body[at] & 0xFF) << 8) | (body[at + 1] & 0xFF);
            if (at + 2 + length > body.length) {
                throw malformed(fetched, "entry " + entries.size() + " at offset " + at + " declares " + length
                        + " bytes, only " + (body.length - at - 2) + " follow");
            }
            byte[] entry = new byte[length];
            System.arraycopy(body, at + 2, entry, 0, length);
            entries.add(entry);
            at += 2 + length;
        }
        if (entries.size() != servedWidth) {
            throw malformed(fetched, "holds " + entries.size() + " entries, its width is " + servedWidth);
        }
        return entries.subList(0, fetched.wanted().width());
    }

    private static VerificationFailure malformed(HttpLog.Fetched fetched, String problem) {
        String path = fetched.served().path();
        return new VerificationFailure("entry bundle " + path + " is malformed: " + problem,
                "entry bundle: " + path + "\nproblem:      " + problem + "\nlength:       " + fetched.body().length
                        + " bytes\n");
    }
}
