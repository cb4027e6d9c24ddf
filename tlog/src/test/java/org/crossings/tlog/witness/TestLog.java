package org.crossings.tlog.witness;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.ConsistencyProof;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.MemoryNodeHashes;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.Ed25519NoteSigner;

/**
 * A log built with this repository's merkle code, signing checkpoints and writing add-checkpoint bodies. Public, in
 * tlog's test jar, for the command line's witness tests too.
 */
public final class TestLog {

    public static final String ORIGIN = "example.org/log";

    public final Ed25519NoteSigner key;
    private final List<byte[]> entries = new ArrayList<>();

    public TestLog(Ed25519NoteSigner key) {
        this.key = key;
    }

    public TestLog() {
        this(Ed25519NoteSigner.generate(ORIGIN));
    }

    /** A log with the same key whose entries are these, e.g. a fork. */
    public TestLog fork(String prefix, int size) {
        TestLog fork = new TestLog(key);
        fork.append(prefix, size);
        return fork;
    }

    public TestLog append(String prefix, int count) {
        int start = entries.size();
        for (int i = start; i < start + count; i++) {
            entries.add((prefix + i).getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    public Hash root(long size) {
        return TreeHash.root(size, MemoryNodeHashes.ofEntries(entries));
    }

    public String checkpoint(long size) {
        return SignedCheckpoint.sign(new Checkpoint(ORIGIN, size, root(size)), key).encode();
    }

    public List<Hash> proof(long oldSize, long newSize) {
        return ConsistencyProof.prove(oldSize, newSize, MemoryNodeHashes.ofEntries(entries));
    }

    /** The add-checkpoint body from old size to new size, with a correct proof. */
    public byte[] request(long oldSize, long newSize) {
        List<Hash> proof = oldSize == 0 || oldSize == newSize ? List.of() : proof(oldSize, newSize);
        return body(oldSize, proof, checkpoint(newSize));
    }

    public static byte[] body(long oldSize, List<Hash> proof, String note) {
        String lines = proof.stream().map(h -> h.base64() + "\n").collect(Collectors.joining());
        return ("old " + oldSize + "\n" + lines + "\n" + note).getBytes(StandardCharsets.UTF_8);
    }
}
