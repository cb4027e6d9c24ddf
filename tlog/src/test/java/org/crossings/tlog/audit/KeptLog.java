package org.crossings.tlog.audit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.CompactRange;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.NoteSigner;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TileLayout;
import org.crossings.tlog.tiles.TilePath;

/**
 * A log kept in memory the way a storage keeps it: the entries, and each tile as wide as the tree has grown it. Built
 * with the tree pieces of {@code merkle} (not the writer), so tests can grow it, sign checkpoints, and then lose or
 * change entries and tiles as a tamperer with database access would.
 */
final class KeptLog implements LogResources {

    private final NoteSigner signer;
    private final List<byte[]> entries = new ArrayList<>();
    private final Map<String, byte[]> tiles = new HashMap<>();
    private final AtomicLong entriesRead = new AtomicLong();

    KeptLog(NoteSigner signer) {
        this.signer = signer;
    }

    /** Appends entries {@code "<prefix> <i>"} up to {@code size} and recomputes every tile. */
    KeptLog growTo(long size, String prefix) {
        while (entries.size() < size) {
            entries.add(entry(prefix + " " + entries.size()));
        }
        integrate();
        return this;
    }

    static byte[] entry(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The checkpoint of the current tree, signed by this log's signer. */
    String checkpoint() {
        return SignedCheckpoint.sign(new Checkpoint(signer.name(), entries.size(), root()), signer).encode();
    }

    Hash root() {
        CompactRange range = CompactRange.empty();
        entries.forEach(entry -> range.append(TreeHash.leaf(entry)));
        return range.root();
    }

    /** Changes a kept entry, leaving its tiles as they were. */
    void replaceEntry(long index, byte[] entry) {
        entries.set(Math.toIntExact(index), entry);
    }

    /** Loses a kept entry, as a deleted row: a bundle read then holds the others, in index order. */
    void loseEntry(long index) {
        entries.set(Math.toIntExact(index), null);
    }

    void loseTile(int level, long index) {
        tiles.remove(level + "/" + index);
    }

    /** Keeps only the first {@code hashes} hashes of a tile. */
    void truncateTile(int level, long index, int hashes) {
        tiles.computeIfPresent(level + "/" + index, (key, kept) -> Arrays.copyOf(kept, hashes * Hash.SIZE));
    }

    /** Overwrites hash {@code position} of a kept tile. */
    void replaceTileHash(int level, long index, int position, Hash hash) {
        hash.writeTo(tiles.get(level + "/" + index), position * Hash.SIZE);
    }

    Hash tileHash(int level, long index, int position) {
        byte[] hash = Arrays.copyOfRange(tiles.get(level + "/" + index), position * Hash.SIZE,
                (position + 1) * Hash.SIZE);
        return Hash.of(hash);
    }

    /** Recomputes every tile from the kept entries, as a tamperer covering their tracks would. */
    void integrate() {
        tiles.clear();
        CompactRange range = CompactRange.empty();
        for (byte[] entry : entries) {
            range.append(TreeHash.leaf(entry), (level, index, hash) -> {
                if (level % TileLayout.HEIGHT == 0) {
                    String key = level / TileLayout.HEIGHT + "/" + index / TileLayout.WIDTH;
                    byte[] tile = tiles.getOrDefault(key, new byte[0]);
                    byte[] grown = Arrays.copyOf(tile, tile.length + Hash.SIZE);
                    hash.writeTo(grown, tile.length);
                    tiles.put(key, grown);
                }
            });
        }
    }

    /** How many entries audits have read so far. */
    long entriesRead() {
        return entriesRead.get();
    }

    @Override
    public List<byte[]> entries(EntryBundlePath bundle) {
        int first = Math.toIntExact(bundle.index() * TileLayout.WIDTH);
        List<byte[]> read = entries.subList(Math.min(first, entries.size()),
                        Math.min(first + bundle.width(), entries.size()))
                .stream().filter(Objects::nonNull).toList();
        entriesRead.addAndGet(read.size());
        return read;
    }

    @Override
    public Optional<byte[]> tile(TilePath path) {
        return Optional.ofNullable(tiles.get(path.level() + "/" + path.index()))
                .map(kept -> Arrays.copyOf(kept, Math.min(kept.length, path.width() * Hash.SIZE)));
    }
}
