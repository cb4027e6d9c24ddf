package org.crossings.tlog.witness;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.CheckpointException;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.ConsistencyProof;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.ProofException;
import org.crossings.tlog.note.Note;
import org.crossings.tlog.note.NoteSignature;
import org.crossings.tlog.note.NoteVerifier;
import org.crossings.tlog.note.Notes;

/**
 * A C2SP tlog-witness: cosigns a log's checkpoint only if it is consistent with the latest one it cosigned for that
 * origin, so that it never cosigns a smaller tree, nor two roots for one size.
 *
 * <p>The check and the new state are one compare-and-set on the {@link WitnessState}: of two requests racing from
 * the same old size, one wins and the other is judged again against the winner. A cosignature made for a request
 * that loses the race is dropped, never answered nor stored.
 */
public final class Witness {

    private final Map<String, List<NoteVerifier>> logs;
    private final CosignatureSigner signer;
    private final WitnessState state;

    /**
     * @param logs   the witnessed logs: origin to the log's note verifier keys (any of which may sign)
     * @param signer the witness's own cosigning key
     * @param state  where the latest cosigned checkpoint of each origin is kept
     */
    public Witness(Map<String, List<NoteVerifier>> logs, CosignatureSigner signer, WitnessState state) {
        this.logs = Map.copyOf(logs);
        this.signer = Objects.requireNonNull(signer, "signer");
        this.state = Objects.requireNonNull(state, "state");
    }

    public CosignatureVerifier verifier() {
        return signer.verifier();
    }

    /** The latest checkpoint this witness cosigned for the origin, with its cosignature: the monitoring read. */
    public Optional<SignedCheckpoint> latest(String origin) {
        return state.latest(origin);
    }

    /** Answers an add-checkpoint request body, as the spec prescribes. */
    public WitnessAnswer addCheckpoint(byte[] body) {
        AddCheckpoint request;
        Checkpoint checkpoint;
        try {
            request = AddCheckpoint.parse(body);
            checkpoint = Checkpoint.parse(request.note().text());
        } catch (WitnessRequestException | CheckpointException e) {
            return WitnessAnswer.refused(400, "malformed request: " + e.getMessage());
        }
        List<NoteVerifier> keys = logs.get(checkpoint.origin());
        if (keys == null) {
            return WitnessAnswer.refused(404, "unknown log origin \"" + checkpoint.origin() + "\"");
        }
        if (!signedByLog(request.note(), keys)) {
            return WitnessAnswer.refused(403, "no signature of the log's key verifies");
        }
        if (request.oldSize() > checkpoint.size()) {
            return WitnessAnswer.refused(400, "old size " + request.oldSize() + " exceeds the checkpoint size "
                    + checkpoint.size());
        }
        return judge(request, checkpoint);
    }

    private WitnessAnswer judge(AddCheckpoint request, Checkpoint checkpoint) {
        while (true) {
            Optional<SignedCheckpoint> latest = state.latest(checkpoint.origin());
            long latestSize = latest.map(l -> l.checkpoint().size()).orElse(0L);
            if (request.oldSize() != latestSize) {
                return WitnessAnswer.conflict(latestSize);
            }
            Optional<WitnessAnswer> refusal = inconsistency(latest, checkpoint, request.proof());
            if (refusal.isPresent()) {
                return refusal.get();
            }
            Note cosigned = Notes.addSignatures(request.note(), List.of(signer));
            if (state.compareAndSet(checkpoint.origin(), latest, new SignedCheckpoint(checkpoint, cosigned))) {
                List<NoteSignature> signatures = cosigned.signatures();
                return WitnessAnswer.cosigned(signatures.getLast().line() + "\n");
            }
        }
    }

    private static Optional<WitnessAnswer> inconsistency(Optional<SignedCheckpoint> latest, Checkpoint next,
            List<Hash> proof) {
        if (latest.isEmpty()) {
            return proof.isEmpty() ? Optional.empty()
                    : Optional.of(WitnessAnswer.refused(422, "the proof must be empty when the old size is 0"));
        }
        Checkpoint previous = latest.get().checkpoint();
        if (previous.size() == next.size() && !previous.root().equals(next.root())) {
            return Optional.of(WitnessAnswer.refused(409, "size " + next.size() + " was cosigned with another root"));
        }
        try {
            ConsistencyProof.verify(previous.size(), next.size(), previous.root(), next.root(), proof);
            return Optional.empty();
        } catch (ProofException e) {
            return Optional.of(WitnessAnswer.refused(422, "consistency proof does not verify: " + e.getMessage()));
        }
    }

    private static boolean signedByLog(Note note, List<NoteVerifier> keys) {
        byte[] message = note.message();
        return note.signatures().stream().anyMatch(s -> keys.stream()
                .anyMatch(k -> s.isBy(k.name(), k.keyId()) && k.verify(message, s.signature())));
    }
}
