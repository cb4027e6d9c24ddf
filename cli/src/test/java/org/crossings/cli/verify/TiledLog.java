package org.crossings.cli.verify;

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
import org.crossings.tlog.note.NoteSigner;
import org.crossings.tlog.tiles.EntryBundle;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.HashTile;
import org.crossings.tlog.tiles.TileLayout;
import org.crossings.tlog.tiles.TilePath;

/**
 * A tlog-tiles log written as static files into a directory, the way a log publishes to object storage: entry
 * bundles, hash tiles at every level (full and partial) and a signed checkpoint, built with the tlog writer's pieces
 * ({@link CompactRange}, {@link EntryBundle}, {@link HashTile}) but not its storage. Tests serve it over real HTTP and
 * tamper with its files.
 */
final class TiledLog {

    private final Path directory;
    private final String origin;
    private final NoteSigner signer;
    private final List<byte[]> entries = new ArrayList<>();
    private final List<NoteSigner> witnesses = new ArrayList<>();

    TiledLog(Path directory, String origin, NoteSigner signer) {
        this.directory = directory;
        this.origin = origin;
        this.signer = signer;
    }

    /** Appends entries named {@code <prefix> <i>} up to {@code size}, then publishes tiles and a checkpoint. */
    TiledLog growTo(long size, String prefix) {
        while (entries.size() < size) {
            entries.add((prefix + " " + entries.size()).getBytes(StandardCharsets.UTF_8));
        }
        publish();
        return this;
    }

    /** Has each checkpoint published from now on cosigned by {@code witness}. */
    TiledLog cosignedBy(NoteSigner witness) {
        witnesses.add(witness);
        return this;
    }

    long size() {
        return entries.size();
    }

    Path directory() {
        return directory;
    }

    /** Writes every bundle and tile of the current size, and the checkpoint signed by {@code signer}. */
    void publish() {
        List<List<Hash>> levels = new ArrayList<>();
        CompactRange range = CompactRange.empty();
        for (byte[] entry : entries) {
            range.append(TreeHash.leaf(entry), (level, index, hash) -> {
                if (level % 8 == 0) {
                    while (levels.size() <= level / 8) {
                        levels.add(new ArrayList<>());
                    }
                    levels.get(level / 8).add(hash);
                }
            });
        }
        for (int start = 0; start < entries.size(); start += TileLayout.WIDTH) {
            List<byte[]> bundle = entries.subList(start, Math.min(entries.size(), start + TileLayout.WIDTH));
            write(new EntryBundlePath(start / TileLayout.WIDTH, bundle.size()).path(), EntryBundle.encode(bundle));
        }
        for (int level = 0; level < levels.size(); level++) {
            List<Hash> nodes = levels.get(level);
            for (int start = 0; start < nodes.size(); start += TileLayout.WIDTH) {
                List<Hash> tile = nodes.subList(start, Math.min(nodes.size(), start + TileLayout.WIDTH));
                write(new TilePath(level, start / TileLayout.WIDTH, tile.size()).path(), HashTile.encode(tile));
            }
        }
        List<NoteSigner> signers = new ArrayList<>(List.of(signer));
        signers.addAll(witnesses);
        write("checkpoint", SignedCheckpoint.sign(new Checkpoint(origin, entries.size(), range.root()), signers)
                .encode().getBytes(StandardCharsets.UTF_8));
    }

    /** Serves a checkpoint with these contents, signed by {@code key}. */
    void sign(Checkpoint checkpoint, NoteSigner key) {
        write("checkpoint", SignedCheckpoint.sign(checkpoint, key).encode().getBytes(StandardCharsets.UTF_8));
    }

    String checkpointNote() {
        return read("checkpoint");
    }

    void write(String path, byte[] body) {
        try {
            Path file = directory.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes(String path) {
        try {
            return Files.readAllBytes(directory.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    void delete(String path) {
        try {
            Files.delete(directory.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
