package org.crossings.tlog.audit;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Something a log keeps that contradicts what its signed checkpoint commits to: an entry that is not the one its tile
 * holds, a lost entry or tile, a tile that is not the tree of the entries, a root that is not the signed one, or a
 * checkpoint the log's key did not sign. The evidence is plain text naming the checkpoint, the resources and the
 * hashes, which any party can check by recomputing them from the same resources.
 *
 * @param kind what is wrong
 * @param entry the first entry whose record is in doubt (for a tile, the first entry below the wrong hash), or empty
 *     when the checkpoint itself is wrong
 * @param resource the tlog-tiles path of what is wrong: {@code tile/entries/005}, {@code tile/1/000.p/11} or
 *     {@code checkpoint}
 * @param summary one line saying what is wrong, for a log line or a health report
 * @param evidence the details: the resource, the hashes recomputed and kept, the checkpoint note, and the
 *     checkpoint verified before if there was one
 */
public record Discrepancy(Kind kind, OptionalLong entry, String resource, String summary, String evidence) {

    /** What a discrepancy is about. */
    public enum Kind {
        /** The checkpoint note is malformed, is of another log, or was not signed by the log's key. */
        CHECKPOINT_NOT_SIGNED,
        /** The checkpoint is smaller than the tree audited before: part of the history is gone. */
        CHECKPOINT_ROLLED_BACK,
        /** An entry the checkpoint covers is not kept. */
        ENTRY_MISSING,
        /** A kept entry's leaf hash is not the hash its level-0 tile holds: the entry or the tile was changed. */
        ENTRY_DIFFERS_FROM_TILE,
        /** A tile the checkpoint's tree needs is not kept, or holds fewer hashes than the tree needs. */
        TILE_MISSING,
        /** A hash in a tile above level 0 is not the node recomputed from the entries below it. */
        TILE_DIFFERS_FROM_ENTRIES,
        /** The root recomputed from the kept entries is not the root the checkpoint signed. */
        ROOT_DIFFERS_FROM_CHECKPOINT
    }

    public Discrepancy {
        Objects.requireNonNull(kind, "discrepancy kind");
        Objects.requireNonNull(entry, "discrepancy entry");
        requireText("resource", resource);
        requireText("summary", summary);
        requireText("evidence", evidence);
        if (summary.contains("\n")) {
            throw new IllegalArgumentException("discrepancy summary must be one line: \"" + summary + "\"");
        }
        if (entry.isPresent() && entry.getAsLong() < 0) {
            throw new IllegalArgumentException("discrepancy entry " + entry.getAsLong() + " must not be negative");
        }
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("discrepancy " + what + " must not be blank");
        }
    }
}
