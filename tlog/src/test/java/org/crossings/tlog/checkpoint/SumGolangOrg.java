package org.crossings.tlog.checkpoint;

/**
 * Real checkpoints of the Go checksum database, copied exactly from public sources, and its published key.
 *
 * <p>The key is the one built into the go command (cmd/go/internal/modfetch: {@code sum.golang.org+033de0ae+...}),
 * also in transparency-dev/incubator cmd/tlog-verify/main_test.go.
 */
final class SumGolangOrg {

    static final String VKEY = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";
    static final String ORIGIN = "go.sum database tree";

    /** From transparency-dev/incubator cmd/tlog-verify/testdata/go.sum-database-tree-43930254.tlog-proof. */
    static final String TREE_58253265 = """
            go.sum database tree
            58253265
            lIyLAEe4zJUQAda6pFFg3yPOf7j1SgfMEDrpgoX39JU=

            — sum.golang.org Az3grkvBHbFcpEFQ3BhGlktgB7pcswIW+ez91eWY6rNPtWfAey8bJO2rVoG2yO5zXvgiaikWVHqon+e14JhA+WXvpAY=
            """;

    /** From a sum.golang.org /lookup response (sigsum.org/sigsum-go) quoted in a public note on pseudo-version monitoring. */
    static final String TREE_49189689 = """
            go.sum database tree
            49189689
            ftjbAOzaupaIvaPo/G+Dk63nxOZ2s1OPOKIaPtXs7S4=

            — sum.golang.org Az3grlKZssqRoMNPpZfKt0TphbbcF+pzXqElURJKRNFKfaUAgqeI5k2AORH0QAhg/ebRwyIqD/OqP4oLtLnNumvOBAM=
            """;

    /** From a sum.golang.org /lookup response (github.com/go-chi/chi/v5@v5.3.2) quoted in a public article. */
    static final String TREE_63096908 = """
            go.sum database tree
            63096908
            8lHrQPRYe4KT4WQ9/Qk8/taKnD6IRHbFgfN7vQE2Y54=

            — sum.golang.org Az3gri/oVBN1jAhNZ/iS+W31psFAWRT20/GyrhpU6taFwulQGetBkH5S7wpGXdS935jiIGiUUAXBVHzT/P6fYhqAmAk=
            """;

    /**
     * From an "Addressable witness" README (a Go witness example): sum.golang.org's checkpoint as returned by a test
     * witness, with two signature lines by the witness's own key, which we do not know, after the log's.
     */
    static final String TREE_15081221_COSIGNED = """
            go.sum database tree
            15081221
            BoMMe1wd25Tco0mYGROkyqxHZWx+hcSCtMV315Lu6Lg=

            — sum.golang.org Az3grilD7vQqTrv66jRgKM84Y80KTprrSt4bKmiOPxgmS5ZVBTeCl6dUvjYnN13R+C8j0jGY1WnUADGMkok3U0m2Zgo=
            — test.example.com qTGhC3917mAr6hGh+T55tNjxaej/D/GQivJZRIj7XGdAcQOTqfMWIPgp/v/904LEduN/h2sSRtHUJXUL4b9Gm7Bz4Qc=
            — test.example.com /Pa7Y/dUvWMAAAAAQVwkQVi81ArPV7BIaQYrMIxyzY0m8a4BdeeBhSKd3PviPK4/3Sd+NKSc5N7PDTCfAkUSVniN+R2oKIggA4iiDQ==
            """;

    private SumGolangOrg() {
    }
}
