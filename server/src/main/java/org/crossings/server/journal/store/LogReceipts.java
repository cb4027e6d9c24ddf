package org.crossings.server.journal.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.crossings.server.journal.Receipts;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.log.LogReads;
import org.crossings.tlog.merkle.InclusionProof;
import org.crossings.tlog.note.NoteVerifier;
import org.crossings.tlog.proof.Receipt;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.PublishedCheckpoint;
import org.crossings.tlog.tiles.TiledNodeHashes;

/**
 * Receipts from this node's log: inclusion proofs computed from the published tiles against the latest published
 * checkpoint, which is opened (its signature checked) before it is handed out.
 */
public final class LogReceipts implements Receipts {

    private final LogReads reads;
    private final LogStorage storage;
    private final NoteVerifier logKey;

    public LogReceipts(LogReads reads, LogStorage storage, NoteVerifier logKey) {
        this.reads = reads;
        this.storage = storage;
        this.logKey = logKey;
    }

    @Override
    public Optional<List<String>> prove(List<Long> indexes) {
        Optional<PublishedCheckpoint> latest = reads.latestCheckpoint();
        if (indexes.isEmpty() || latest.isEmpty() || latest.get().size() <= Collections.max(indexes)) {
            return Optional.empty();
        }
        SignedCheckpoint checkpoint = SignedCheckpoint.open(latest.get().note(), logKey);
        long size = checkpoint.checkpoint().size();
        TiledNodeHashes nodes = new TiledNodeHashes(size, path -> reads.tile(path).orElseThrow(() ->
                new IllegalStateException("tile " + path + " is covered by the checkpoint of size " + size
                        + " but not served")));
        List<String> receipts = new ArrayList<>();
        for (long index : indexes) {
            byte[] entry = storage.entries(index, 1).getFirst();
            receipts.add(new Receipt(Optional.of(entry), index, InclusionProof.prove(index, size, nodes), checkpoint)
                    .encode());
        }
        return Optional.of(receipts);
    }

}
