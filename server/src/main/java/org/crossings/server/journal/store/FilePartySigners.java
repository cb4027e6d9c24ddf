package org.crossings.server.journal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crossings.server.journal.PartySigners;
import org.crossings.server.journal.Signatory;
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
    private final Set<Signatory> held;
    private final Map<Signatory, Ed25519NoteSigner> loaded = new ConcurrentHashMap<>();

    public FilePartySigners(Path folder, Set<Signatory> held) {
        this.folder = folder;
        this.held = Set.copyOf(held);
    }

    @Override
    public NoteSigner signer(Signatory party) {
        return key(party);
    }

    @Override
    public Ed25519NoteVerifier verifier(Signatory party) {
        return key(party).verifier();
    }

    @Override
    public Ed25519NoteVerifier prepareNext(Signatory party) {
        key(party); // the party must be held, and its current key exist
        Path next = next(party);
        try {
            Files.deleteIfExists(next);
        } catch (IOException e) {
            throw new UncheckedIOException("could not replace " + next, e);
        }
        return SignerKeyFile.loadOrCreate(next, name(party)).verifier();
    }

    @Override
    public void activateNext(Signatory party) {
        Ed25519NoteSigner current = key(party);
        Path next = next(party);
        try {
            Files.move(file(party), folder.resolve(party.code() + "." + current.keyId().hex() + ".retired.key"));
            Files.move(next, file(party), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not make " + next + " the key of " + party, e);
        }
        loaded.remove(party);
    }

    @Override
    public java.util.Optional<Ed25519NoteVerifier> pendingNext(Signatory party) {
        Path next = next(party);
        return Files.exists(next) ? java.util.Optional.of(SignerKeyFile.loadOrCreate(next, name(party)).verifier())
                : java.util.Optional.empty();
    }

    @Override
    public void discardNext(Signatory party) {
        try {
            Files.deleteIfExists(next(party));
        } catch (IOException e) {
            throw new UncheckedIOException("could not discard " + next(party), e);
        }
    }

    private Path next(Signatory party) {
        return folder.resolve(party.code() + ".next.key");
    }

    private Path file(Signatory party) {
        return folder.resolve(party.code() + ".key");
    }

    private static String name(Signatory party) {
        return "crossings/" + party.code();
    }

    /** The party's key. */
    public Ed25519NoteSigner key(Signatory party) {
        if (!held.contains(party)) {
            throw new IllegalArgumentException("party " + party + ": this node holds no signing key for it");
        }
        return loaded.computeIfAbsent(party, code -> SignerKeyFile.loadOrCreate(file(code), name(code)));
    }
}
