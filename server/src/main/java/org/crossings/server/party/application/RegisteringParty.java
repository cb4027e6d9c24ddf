package org.crossings.server.party.application;

import java.util.Locale;
import java.util.Set;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.EventType;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.PartySigners;
import org.crossings.server.journal.Recorded;
import org.crossings.server.journal.Signatory;
import org.crossings.server.journal.Subject;
import org.crossings.server.party.Parties;
import org.crossings.server.party.Party;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.RegisteredAlready;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A party enters the system: its name, its kind and its first public key go into the log, in an entry signed by
 * that very key, so everyone can check all of the party's later signatures against what it published here.
 */
public final class RegisteringParty {

    public static final EventType REGISTERED = EventType.of("party.registered");

    private final Journal journal;
    private final Parties parties;
    private final PartySigners signers;

    public RegisteringParty(Journal journal, Parties parties, PartySigners signers) {
        this.journal = journal;
        this.parties = parties;
        this.signers = signers;
    }

    public record RegisterParty(Party party) {
    }

    /**
     * @throws RegisteredAlready if a party with that code is registered already
     */
    public Recorded register(RegisterParty command) {
        Party party = command.party();
        Subject subject = new Subject("party", party.code().value());
        return journal.exclusively(subject, () -> {
            if (parties.find(party.code()).isPresent()) {
                throw new RegisteredAlready(party.code());
            }
            ObjectNode payload = JsonNodeFactory.instance.objectNode()
                    .put("code", party.code().value())
                    .put("name", party.name())
                    .put("kind", party.kind().name().toLowerCase(Locale.ROOT))
                    .put("key", signers.verifier(party.code().signatory()).verifierKey());
            return journal.record(Event.of(REGISTERED, subject, party.code().signatory(), Set.of(Signatory.EVERYONE),
                    payload));
        });
    }
}
