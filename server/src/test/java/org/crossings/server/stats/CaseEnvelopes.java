package org.crossings.server.stats;

import org.crossings.server.EnvelopeFixtures;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EventType;
import org.crossings.server.journal.Subject;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.RouteId;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.KeyId;

/**
 * Unsigned envelopes of one case as the travellers feature writes them: subject {@code case/<reference>}, and the
 * case's passage, direction and category on every envelope.
 */
record CaseEnvelopes(String reference, PassageId passage, Direction direction, String category) {

    static final CrossingPointId MARGARA = CrossingPointId.of("MARGARA-ALICAN");
    static final RouteId SYUNIK = RouteId.of("SYUNIK");
    static final Direction INTO_TURKEY = Direction.of("AM-MARGARA", "TR-ALICAN");
    static final Direction INTO_ARMENIA = Direction.of("TR-ALICAN", "AM-MARGARA");
    static final Instant MARCH_1 = Instant.parse("2025-03-01T08:00:00Z");
    private static final Hash DIGEST = Hash.of(new byte[Hash.SIZE]);
    private static final KeyId KEY = KeyId.parse("0a1b2c3d");

    static CaseEnvelopes ordinary(String reference) {
        return new CaseEnvelopes(reference, MARGARA, INTO_TURKEY, "ordinary-passport");
    }

    CaseEnvelopes at(PassageId passage, Direction direction) {
        return new CaseEnvelopes(reference, passage, direction, category);
    }

    CaseEnvelopes with(String category) {
        return new CaseEnvelopes(reference, passage, direction, category);
    }

    Envelope preregistered(Instant at) {
        return envelope("traveller.preregistered", at, "OPR", null);
    }

    Envelope takenIn(Instant at) {
        return envelope("traveller.taken-in", at, "OPR", null);
    }

    Envelope notEligible(Instant at, String reason) {
        return envelope("traveller.not-eligible", at, "OPR", reason);
    }

    Envelope exitAllowed(Instant at) {
        return envelope("traveller.exit-allowed", at, "ARM", null);
    }

    Envelope exitRefused(Instant at, String reason) {
        return envelope("traveller.exit-refused", at, "ARM", reason);
    }

    Envelope admitted(Instant at) {
        return envelope("traveller.admitted", at, "TUR", null);
    }

    Envelope admittedInTransit(Instant at) {
        return envelope("traveller.admitted-in-transit", at, "ARM", null);
    }

    Envelope entryRefused(Instant at, String reason) {
        return envelope("traveller.entry-refused", at, "TUR", reason);
    }

    Envelope envelope(String type, Instant at, String actor, String reason) {
        return EnvelopeFixtures.v1(EventType.of(type), at, new Subject("case", reference), PartyCode.of(actor), KEY,
                Optional.of(passage), Optional.of(direction), Optional.of(category),
                new TreeSet<>(List.of(PartyCode.of("ARM"), PartyCode.of("TUR"))),
                Optional.of("ARM-TUR-2022-THIRD-COUNTRY v1"), Optional.ofNullable(reason), DIGEST, new byte[0]);
    }

    /** An envelope of another feature, such as {@code agreement.signed} about {@code agreement/ARM-TUR-2022-07}. */
    static Envelope other(String type, Subject subject, Instant at) {
        return EnvelopeFixtures.v1(EventType.of(type), at, subject, PartyCode.of("ARM"), KEY, Optional.of(MARGARA),
                Optional.of(INTO_TURKEY), Optional.empty(), new TreeSet<>(List.of(PartyCode.EVERYONE)),
                Optional.empty(), Optional.empty(), DIGEST, new byte[0]);
    }

    /** An envelope with no passage, direction or category, which no envelope of a case may lack. */
    static Envelope withoutPlace(String type, Subject subject, Instant at) {
        return EnvelopeFixtures.v1(EventType.of(type), at, subject, PartyCode.of("TUR"), KEY, Optional.empty(),
                Optional.empty(), Optional.empty(), new TreeSet<>(List.of(PartyCode.of("TUR"))),
                Optional.empty(), Optional.empty(), DIGEST, new byte[0]);
    }
}
