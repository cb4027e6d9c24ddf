package org.crossings.tlog.proof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The real tlog-proof of transparency-dev/incubator cmd/tlog-verify/testdata (see resources proof/README.md) and the
 * Go checksum database key it verifies under (from the same test, main_test.go, and the go command).
 */
final class SumGolangOrgReceipt {

    static final String VKEY = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";
    static final String ORIGIN = "go.sum database tree";
    /** main_test.go: "RFC6962 leaf hash for tessera@v1.0.0". */
    static final String LEAF_HASH_HEX = "0fa57c511c3b2ffcc0a05ad63172568d265aaf9844e9b636a0978795396f2ab1";

    static byte[] proofFile() {
        return resource("go.sum-database-tree-43930254.tlog-proof");
    }

    static byte[] entry() {
        return resource("go.sum-database-tree-43930254.raw");
    }

    private static byte[] resource(String name) {
        try (InputStream in = SumGolangOrgReceipt.class.getResourceAsStream("/proof/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /proof/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SumGolangOrgReceipt() {
    }
}
