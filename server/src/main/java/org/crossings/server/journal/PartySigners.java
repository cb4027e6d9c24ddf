package org.crossings.server.journal;

import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.note.NoteSigner;

/**
 * The signing keys this node holds for parties. A party's events are signed with its own key; a node that does not
 * hold a party's key cannot act for it. Parties are named as the log names them ({@link Signatory}).
 */
public interface PartySigners {

    /**
     * @throws IllegalArgumentException if this node holds no key for {@code party}
     */
    NoteSigner signer(Signatory party);

    /** The public half of {@link #signer}, which the party publishes. */
    Ed25519NoteVerifier verifier(Signatory party);

    /**
     * Makes a new key for the party, not yet in use: {@link #signer} still answers the current key until
     * {@link #activateNext} is called, so that the entry announcing the new key is signed by the old one.
     *
     * @return the new key's public half
     */
    Ed25519NoteVerifier prepareNext(Signatory party);

    /** From now on the party signs with the key {@link #prepareNext} made; the old key is kept aside, unused. */
    void activateNext(Signatory party);

    /** The key {@link #prepareNext} made and {@link #activateNext} has not yet put in use, if any. */
    java.util.Optional<Ed25519NoteVerifier> pendingNext(Signatory party);

    /** Forgets the key {@link #prepareNext} made: its rotation never reached the log. */
    void discardNext(Signatory party);
}
