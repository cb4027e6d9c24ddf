package org.crossings.cli.verify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.crossings.tlog.client.TileResource;

/**
 * Every resource tlog-tiles defines for a tree size, in the order an audit consumes them: each entry bundle followed
 * by its level-0 tile, then each higher-level tile as soon as the bundles before it complete it, and the partial
 * higher-level tiles last.
 *
 * <p>The order lets the audit stream: it never holds more than one tile per level. The plan is lazy because a large
 * log has millions of resources.
 */
final class AuditPlan implements Iterable<TileResource> {

    private final long size;

    AuditPlan(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size " + size + " must not be negative");
        }
        this.size = size;
    }

    /** The number of entry bundles, full and partial. */
    long bundles() {
        return (size + TileResource.WIDTH - 1) / TileResource.WIDTH;
    }

    @Override
    public Iterator<TileResource> iterator() {
        return new Iterator<>() {
            private final ArrayDeque<TileResource> queue = new ArrayDeque<>();
            private long nextBundle;

            @Override
            public boolean hasNext() {
                refill();
                return !queue.isEmpty();
            }

            @Override
            public TileResource next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return queue.removeFirst();
            }

            private void refill() {
                if (!queue.isEmpty() || nextBundle >= bundles()) {
                    return;
                }
                queue.addAll(afterBundle(nextBundle++));
            }
        };
    }

    /** The bundle, its level-0 tile, and the tiles it completes (or, after the last bundle, the partial ones). */
    private List<TileResource> afterBundle(long bundle) {
        List<TileResource> resources = new ArrayList<>();
        int width = (int) Math.min(TileResource.WIDTH, size - bundle * TileResource.WIDTH);
        resources.add(TileResource.bundle(bundle, width));
        resources.add(TileResource.tile(0, bundle, width));
        if (width == TileResource.WIDTH) {
            long done = bundle + 1;
            for (int level = 1; level < 8 && done % (1L << (8 * level)) == 0; level++) {
                resources.add(TileResource.tile(level, (done >>> (8 * level)) - 1, TileResource.WIDTH));
            }
        }
        if (bundle == bundles() - 1) {
            for (int level = 1; level < 8 && (size >>> (8 * level)) > 0; level++) {
                int partial = (int) ((size >>> (8 * level)) & 0xFF);
                if (partial > 0) {
                    resources.add(TileResource.tile(level, size >>> (8 * (level + 1)), partial));
                }
            }
        }
        return resources;
    }
}
