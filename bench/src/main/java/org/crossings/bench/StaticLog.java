package org.crossings.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.CompactRange;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.tiles.EntryBundle;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TileLayout;
import org.crossings.tlog.tiles.TilePath;

/**
 * A tlog-tiles log written as static files, as a log publishes to object storage: every entry bundle, every hash
 * tile (full, and the partial ones at the right edge) and the signed checkpoint. The entries come from
 * {@link Entries} with a fixed seed and the key from a fixed seed, so the same size always gives the same log and a
 * directory built once is reused (its {@code checkpoint} file is written last, so it marks a complete build).
 */
public final class StaticLog {

    public static final String ORIGIN = "bench.crossings.example/verify";
    public static final long ENTRY_SEED = 42;

    private final Path directory;
    private final long size;

    private StaticLog(Path directory, long size) {
        this.directory = directory;
        this.size = size;
    }

    /** The signer of every benchmark log: a fixed seed, because its public key must not change between builds. */
    public static Ed25519NoteSigner signer() {
        return Ed25519NoteSigner.fromSeed(ORIGIN, new byte[32]);
    }

    /** The log of {@code size} entries in {@code directory}, built unless a complete build is already there. */
    public static StaticLog of(Path directory, long size) {
        StaticLog log = new StaticLog(directory, size);
        if (!Files.isRegularFile(directory.resolve("checkpoint"))) {
            log.build();
        }
        return log;
    }

    public Path directory() {
        return directory;
    }

    public long size() {
        return size;
    }

    private void build() {
        Entries entries = new Entries(ENTRY_SEED);
        CompactRange range = CompactRange.empty();
        List<ByteArrayOutputStream> tiles = new ArrayList<>();
        List<byte[]> bundle = new ArrayList<>(TileLayout.WIDTH);
        for (long i = 0; i < size; i++) {
            byte[] entry = entries.next();
            bundle.add(entry);
            if (bundle.size() == TileLayout.WIDTH) {
                write(EntryBundlePath.full(i / TileLayout.WIDTH).path(), EntryBundle.encode(bundle));
                bundle.clear();
            }
            range.append(TreeHash.leaf(entry), (level, index, hash) -> collect(tiles, level, index, hash));
        }
        if (!bundle.isEmpty()) {
            write(new EntryBundlePath(size / TileLayout.WIDTH, bundle.size()).path(), EntryBundle.encode(bundle));
        }
        for (int tileLevel = 0; tileLevel < tiles.size(); tileLevel++) {
            int width = tiles.get(tileLevel).size() / Hash.SIZE;
            if (width > 0) {
                long index = (size >> (TileLayout.HEIGHT * tileLevel)) / TileLayout.WIDTH;
                write(new TilePath(tileLevel, index, width).path(), tiles.get(tileLevel).toByteArray());
            }
        }
        Checkpoint checkpoint = new Checkpoint(ORIGIN, size, range.root());
        write("checkpoint", SignedCheckpoint.sign(checkpoint, signer()).encode().getBytes(StandardCharsets.UTF_8));
    }

    /** Keeps nodes at levels 0, 8, 16, ...: those are what hash tiles hold; writes each tile once it is full. */
    private void collect(List<ByteArrayOutputStream> tiles, int level, long index, Hash hash) {
        if (level % TileLayout.HEIGHT != 0) {
            return;
        }
        int tileLevel = level / TileLayout.HEIGHT;
        while (tiles.size() <= tileLevel) {
            tiles.add(new ByteArrayOutputStream());
        }
        ByteArrayOutputStream tile = tiles.get(tileLevel);
        tile.writeBytes(hash.bytes());
        if (tile.size() == TileLayout.WIDTH * Hash.SIZE) {
            write(TilePath.full(tileLevel, index / TileLayout.WIDTH).path(), tile.toByteArray());
            tile.reset();
        }
    }

    private void write(String path, byte[] body) {
        try {
            Path file = directory.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, body);
        } catch (IOException failure) {
            throw new UncheckedIOException("could not write " + path + " of the benchmark log", failure);
        }
    }
}
