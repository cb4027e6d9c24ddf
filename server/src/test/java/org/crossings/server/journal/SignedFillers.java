package org.crossings.server.journal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.crossings.server.RunningServer;
import org.crossings.server.journal.store.FilePartySigners;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.NoteSigner;

/**
 * Test fixture: entries that fill a running server's log without changing its read models: envelopes of a type no
 * projection knows, properly signed by the operator's key, so that the node sets none of them aside (raw bytes would
 * be set aside as findings and make the shared server degraded for every later test).
 */
public final class SignedFillers {

    private static final Signatory OPERATOR = Signatory.of("OPERATOR");

    private SignedFillers() {
    }

    public static List<byte[]> entries(RunningServer server, String label, int count) {
        NoteSigner signer = server.bean(FilePartySigners.class).signer(OPERATOR);
        List<byte[]> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Envelope envelope = new Envelope(EventType.of("test.filler"), Instant.now(),
                    new Subject("test", label + "-" + i), OPERATOR, signer.keyId(), PublicFacts.none(),
                    new TreeSet<>(List.of(Signatory.EVERYONE)), Hash.of(new byte[32]), null);
            entries.add(EnvelopeJson.bytes(envelope.signedWith(signer.sign(EnvelopeJson.signedBytes(envelope)))));
        }
        return entries;
    }
}
