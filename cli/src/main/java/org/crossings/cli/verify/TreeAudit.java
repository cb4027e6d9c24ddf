package org.crossings.cli.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crossings.tlog.client.FetchException;
import org.crossings.tlog.client.Fetched;
import org.crossings.tlog.client.OrderedFetches;
import org.crossings.tlog.client.TileResource;
import org.crossings.tlog.merkle.CompactRange;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.tiles.HashTile;

/**
 * Recomputes a log's Merkle tree from every entry it serves and checks every hash tile it serves against the
 * recomputation, streaming: it holds one bundle and at most one tile per level at a time.
 *
 * <p>It keeps the few tiles a consistency proof from the previously verified size needs (see {@link KeptTiles}) and
 * the root the tree had at that size, so the caller can check the log only appended since.
 */
final class TreeAudit {

    private final long size;
    private final long previousSize;
    private final OrderedFetches<Fetched.Served> fetches;
    private final Progress progress;
    private final CompactRange range = CompactRange.empty();
    /** pending.get(L) holds the nodes of merkle level 8L completed since the last level-L tile was checked. */
    private final List<List<Hash>> pending = new ArrayList<>();
    private final KeptTiles kept;
    private Hash rootAtPreviousSize;

    TreeAudit(long size, long previousSize, OrderedFetches<Fetched.Served> fetches, Progress progress) {
        this.size = size;
        this.previousSize = previousSize;
        this.fetches = Objects.requireNonNull(fetches, "fetches");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.kept = new KeptTiles(previousSize, size);
        for (int level = 0; level < 8; level++) {
            pending.add(new ArrayList<>());
        }
        if (previousSize == 0) {
            rootAtPreviousSize = TreeHash.empty();
        }
    }

    /** What the audit recomputed. */
    record Outcome(Hash root, Hash rootAtPreviousSize, KeptTiles tiles, long bundles, long hashTiles) {
    }

    /**
     * Fetches and checks everything.
     *
     * @throws VerificationFailure naming the first resource that differs from the recomputation
     * @throws FetchException if a resource could not be fetched
     */
    Outcome run() {
        List<Hash> leaves = List.of();
        TileResource bundle = null;
        long bundles = 0;
        long hashTiles = 0;
        while (fetches.hasNext()) {
            Fetched.Served fetched = fetches.next();
            TileResource wanted = fetched.wanted();
            if (wanted.isBundle()) {
                bundle = wanted;
                leaves = appendBundle(fetched);
                bundles++;
                continue;
            } else if (wanted.level() == 0) {
                check(fetched, leaves, bundle);
                progress.advance(leaves.size());
            } else {
                check(fetched, pending.get(wanted.level()), null);
                pending.get(wanted.level()).clear();
            }
            hashTiles++;
        }
        return new Outcome(range.root(), rootAtPreviousSize, kept, bundles, hashTiles);
    }

    private List<Hash> appendBundle(Fetched.Served fetched) {
        List<byte[]> entries = BundleFormat.decode(fetched);
        List<Hash> leaves = new ArrayList<>(entries.size());
        for (byte[] entry : entries) {
            Hash leaf = TreeHash.leaf(entry);
            leaves.add(leaf);
            range.append(leaf, this::completed);
            if (range.size() == previousSize) {
                rootAtPreviousSize = range.root();
            }
        }
        return leaves;
    }

    private void completed(int level, long index, Hash hash) {
        if (level > 0 && level % 8 == 0) {
            pending.get(level / 8).add(hash);
        }
    }

    /** Compares a served hash tile with the recomputed hashes; {@code bundle} names where leaves came from. */
    private void check(Fetched.Served fetched, List<Hash> expected, TileResource bundle) {
        TileResource wanted = fetched.wanted();
        if (expected.size() != wanted.width()) {
            throw new IllegalStateException("audit out of step: " + expected.size() + " hashes recomputed for " + wanted);
        }
        List<Hash> served = decodeTile(fetched);
        for (int i = 0; i < wanted.width(); i++) {
            if (!served.get(i).equals(expected.get(i))) {
                throw mismatch(fetched, i, expected.get(i), served.get(i), bundle);
            }
        }
        kept.offer(wanted, expected);
    }

    private VerificationFailure mismatch(Fetched.Served fetched, int position, Hash expected, Hash served,
            TileResource bundle) {
        TileResource tile = fetched.wanted();
        long node = tile.index() * TileResource.WIDTH + position;
        String summary = "tile " + fetched.served().path() + " does not match the tree recomputed from the entries";
        String evidence = "tile:               " + fetched.served().path() + "\n"
                + "position:           " + position + " (tree level " + 8 * tile.level() + ", node index " + node + ")\n"
                + (bundle == null ? "" : "leaf of entry:      " + node + " in " + bundle.path() + "\n")
                + "expected (recomputed): " + expected.hex() + "\n"
                + "served:                " + served.hex() + "\n";
        return new VerificationFailure(summary, evidence);
    }

    /** The hashes of the tile the audit wanted (a prefix of the served one if the log served the full tile). */
    private static List<Hash> decodeTile(Fetched.Served fetched) {
        try {
            return HashTile.decode(fetched.body(), fetched.served().tilePath()).subList(0, fetched.wanted().width());
        } catch (IllegalArgumentException e) {
            String path = fetched.served().path();
            throw new VerificationFailure("tile " + path + " is malformed: " + e.getMessage(),
                    "tile:     " + path + "\nproblem:  " + e.getMessage() + "\n");
        }
    }
}
