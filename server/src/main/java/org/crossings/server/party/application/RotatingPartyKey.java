package org.crossings.server.party.application;

import java.util.Set;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.EventType;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.PartySigners;
import org.crossings.server.journal.Recorded;
import org.crossings.server.journal.Signatory;
import org.crossings.server.journal.Subject;
import org.crossings.server.party.Keyrings;
import org.crossings.server.party.Parties;
import org.crossings.server.party.PartyCode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A party replaces its signing key. The entry that announces the new key is signed by the old one, so the chain of a
 * party's keys can be followed from its registration; from that entry's instant the old key is retired: signatures
 * it made before stay valid, signatures it makes after do not.
 */
public final class RotatingPartyKey {

    public static final EventType ROTATED = EventType.of("party.key-rotated");

    private final Journal journal;
    private final Parties parties;
    private final Keyrings keyrings;
    private final PartySigners signers;

    public RotatingPartyKey(Journal journal, Parties parties, Keyrings keyrings, PartySigners signers) {
        this.journal = journal;
        this.parties = parties;
        this.keyrings = keyrings;
        this.signers = signers;
    }

    /**
     * Finishes a rotation that a crash interrupted: if the log announced the prepared key, the node starts signing with
     * it; if the announcement never reached the log, the prepared key is forgotten. Either way the node again signs
     * with the key the log says is current.
     */
    public void finishInterrupted(PartyCode party) {
        signers.pendingNext(party.signatory()).ifPresent(pending -> {
            boolean announced = keyrings.keys(party).map(keys -> keys.keys().getLast().keyId())
                    .filter(pending.keyId()::equals).isPresent();
            if (announced) {
                signers.activateNext(party.signatory());
            } else {
                signers.discardNext(party.signatory());
            }
        });
    }

    public record RotateKey(PartyCode party) {
    }

    /**
     * @throws IllegalArgumentException if the party is not registered or this node holds no key for it
     */
    public Recorded rotate(RotateKey command) {
        PartyCode party = command.party();
        if (parties.find(party).isEmpty()) {
            throw new IllegalArgumentException("party " + party + " is not registered");
        }
        Subject subject = new Subject("party", party.value());
        return journal.exclusively(subject, () -> {
            String next = signers.prepareNext(party.signatory()).verifierKey();
            Recorded recorded = journal.record(Event.of(ROTATED, subject, party.signatory(), Set.of(Signatory.EVERYONE),
                    JsonNodeFactory.instance.objectNode().put("code", party.value()).put("key", next)));
            signers.activateNext(party.signatory());
            return recorded;
        });
    }
}
