package org.crossings.server.journal.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crossings.server.journal.PartySigners;
import org.crossings.server.party.PartyCode;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.note.NoteSigner;

/**
 * Party signing keys kept as signer-key files in a folder of the data directory ({@code keys/ARM.key}), one per party
 * this node acts for, created on first use. In the demo one node holds every party's key; in production each party
 * keeps its own key on its own node (or in its HSM) and this node holds the operator's alone.
 */
public final class FilePartySigners implements PartySigners {

    private final Path folder;
    private final Set<PartyCode> held;
    private final Map<PartyCode, Ed25519NoteSigner> loaded = new ConcurrentHashMap<>();

    public FilePartySigners(Path folder, Set<PartyCode> held) {
        this.folder = folder;
        this.held = Set.copyOf(held);
    }

    @Override
    public NoteSigner signer(PartyCode party) {
        return key(party);
    }

    @Override
    public Ed25519NoteVerifier verifier(PartyCode party) {
        return key(party).verifier();
    }

    /** The party's key. */
    public Ed25519NoteSigner key(PartyCode party) {
        if (!held.contains(party)) {
            throw new IllegalArgumentException("party " + party + ": this node holds no signing key for it");
        }
        return loaded.computeIfAbsent(party,
                code -> SignerKeyFile.loadOrCreate(folder.resolve(code.value() + ".key"), "crossings/" + code.value()));
    }
}
