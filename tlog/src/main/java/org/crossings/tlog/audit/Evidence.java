package org.crossings.tlog.audit;

import java.util.Optional;
import java.util.OptionalLong;
import org.crossings.tlog.audit.Discrepancy.Kind;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.NoteVerifier;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TileLayout;
import org.crossings.tlog.tiles.TilePath;

/**
 * Writes the discrepancies of one audit step, each ending with the checkpoint note it was checked against and the
 * checkpoint verified before, so that the text alone lets another party fetch the same resources and recompute.
 */
final class Evidence {

    private final String checkpointNote;
    private final Optional<SignedCheckpoint> verifiedBefore;

    Evidence(String checkpointNote, Optional<SignedCheckpoint> verifiedBefore) {
        this.checkpointNote = checkpointNote;
        this.verifiedBefore = verifiedBefore;
    }

    DiscrepancyFound notSigned(NoteVerifier logKey, String origin, RuntimeException problem) {
        return found(Kind.CHECKPOINT_NOT_SIGNED, OptionalLong.empty(), "checkpoint",
                "the checkpoint is not a checkpoint of " + origin + " signed by " + logKey.name(),
                "log key:         " + logKey.name() + "+" + logKey.keyId() + "\n"
                        + "origin expected: " + origin + "\n"
                        + "problem:         " + problem.getMessage() + "\n");
    }

    DiscrepancyFound rolledBack(long audited, long size) {
        return found(Kind.CHECKPOINT_ROLLED_BACK, OptionalLong.of(size), "checkpoint",
                "the checkpoint has size " + size + ", smaller than the " + audited + " entries audited before",
                "entries audited before: " + audited + "\ncheckpoint size:        " + size + "\n");
    }

    /** Entry {@code entry} lies past the {@code kept} entries the bundle holds. */
    DiscrepancyFound entryMissing(long entry, EntryBundlePath bundle, int kept) {
        return found(Kind.ENTRY_MISSING, OptionalLong.of(entry), bundle.path(),
                "entry " + entry + " is not kept (" + bundle.path() + " holds " + kept + " of its " + bundle.width()
                        + " entries)",
                position(entry, bundle) + "entries kept:   " + kept + " of " + bundle.width() + "\n");
    }

    /**
     * The kept entry at {@code entry}'s position is not the one the tile holds. When the bundle lacks entries, the
     * first one that differs is where one went missing (the ones after it moved up), or was changed.
     */
    DiscrepancyFound entryDiffers(long entry, EntryBundlePath bundle, int kept, Hash leaf, Hash inTile) {
        boolean lacking = kept < bundle.width();
        String summary = lacking
                ? "entry " + entry + " is missing or changed (" + bundle.path() + " holds " + kept + " of its "
                        + bundle.width() + " entries, and the one at " + entry + " is not the one "
                        + bundle.tile().path() + " holds)"
                : "entry " + entry + " is not the entry whose leaf hash " + bundle.tile().path() + " holds";
        return found(lacking ? Kind.ENTRY_MISSING : Kind.ENTRY_DIFFERS_FROM_TILE, OptionalLong.of(entry),
                bundle.path(), summary,
                position(entry, bundle)
                        + (lacking ? "entries kept:   " + kept + " of " + bundle.width() + "\n" : "")
                        + "tile:           " + bundle.tile().path() + "\n"
                        + "leaf hash of the kept entry: " + leaf.hex() + "\n"
                        + "hash in the tile:            " + inTile.hex() + "\n");
    }

    private static String position(long entry, EntryBundlePath bundle) {
        return "entry:          " + entry + " (position " + entry % TileLayout.WIDTH + " of " + bundle.path() + ")\n";
    }

    DiscrepancyFound tileMissing(TilePath tile, int keptHashes) {
        String kept = keptHashes < 0 ? "none (no tile kept)" : keptHashes + " of " + tile.width();
        return found(Kind.TILE_MISSING, OptionalLong.of(firstEntry(tile.level(), tile.index() * TileLayout.WIDTH)),
                tile.path(), tile.path() + " is not kept" + (keptHashes < 0 ? "" : " whole"),
                "tile:           " + tile.path() + "\nhashes kept:    " + kept + "\n");
    }

    DiscrepancyFound tileDiffers(TilePath tile, long node, Hash recomputed, Hash kept) {
        int level = tile.level() * TileLayout.HEIGHT;
        return found(Kind.TILE_DIFFERS_FROM_ENTRIES, OptionalLong.of(firstEntry(tile.level(), node)), tile.path(),
                tile.path() + " does not hold the tree recomputed from the entries",
                "tile:           " + tile.path() + "\n"
                        + "position:       " + node % TileLayout.WIDTH + " (tree level " + level + ", node " + node
                        + ", entries from " + firstEntry(tile.level(), node) + ")\n"
                        + "recomputed from the entries: " + recomputed.hex() + "\n"
                        + "hash in the tile:            " + kept.hex() + "\n");
    }

    DiscrepancyFound rootDiffers(long size, Hash signed, Hash recomputed) {
        return found(Kind.ROOT_DIFFERS_FROM_CHECKPOINT, OptionalLong.empty(), "checkpoint",
                "the tree recomputed from the " + size + " entries does not have the checkpoint's root",
                "tree size:       " + size + "\n"
                        + "checkpoint root: " + signed.base64() + "\n"
                        + "recomputed root: " + recomputed.base64() + "\n");
    }

    /** The first entry under node {@code node} of tile level {@code tileLevel}. */
    private static long firstEntry(int tileLevel, long node) {
        return node << (tileLevel * TileLayout.HEIGHT);
    }

    private DiscrepancyFound found(Kind kind, OptionalLong entry, String resource, String summary, String details) {
        String evidence = "problem:        " + summary + "\n" + details
                + "checkpoint:\n" + checkpointNote + (checkpointNote.endsWith("\n") ? "" : "\n")
                + verifiedBefore.map(before -> "checkpoint verified before:\n" + before.encode())
                        .orElse("checkpoint verified before: none\n");
        return new DiscrepancyFound(new Discrepancy(kind, entry, resource, summary, evidence));
    }
}
