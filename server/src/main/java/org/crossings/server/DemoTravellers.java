package org.crossings.server;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PostCode;
import org.crossings.server.travel.Actor;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.Mrz;
import org.crossings.server.travel.Preregistration;
import org.crossings.server.travel.Purpose;
import org.crossings.server.travel.Step;
import org.crossings.server.travel.TravelDocument;
import org.crossings.server.travel.application.Decide;
import org.crossings.server.travel.application.DecidingCrossing;
import org.crossings.server.travel.application.Preregister;
import org.crossings.server.travel.application.Preregistering;
import org.crossings.server.travel.application.TakeIn;
import org.crossings.server.travel.application.TakingIn;

/**
 * A few travellers at Margara–Alican, so that a fresh demo has something in every state: a pre-registration for
 * tomorrow, a traveller in Margara's queue, one in Alican's, one admitted, one refused at intake, and a diplomat in
 * Alican's queue the other way. Their zones are made-up documents with correct check digits. Each goes through the
 * same use cases as a real traveller, as the demo's officers.
 */
final class DemoTravellers {

    private static final CrossingPointId MARGARA_ALICAN = CrossingPointId.of("MARGARA-ALICAN");
    private static final Direction INTO_TURKIYE = Direction.of("AM-MARGARA", "TR-ALICAN");
    private static final Actor AT_MARGARA = officer("arm-officer-margara", "ARM", "AM-MARGARA");
    private static final Actor AT_ALICAN = officer("tur-officer-alican", "TUR", "TR-ALICAN");

    private final Preregistering preregistering;
    private final TakingIn takingIn;
    private final DecidingCrossing deciding;
    private final Clock clock;

    DemoTravellers(Preregistering preregistering, TakingIn takingIn, DecidingCrossing deciding, Clock clock) {
        this.preregistering = preregistering;
        this.takingIn = takingIn;
        this.deciding = deciding;
        this.clock = clock;
    }

    /** @return how many travellers were added */
    int add() {
        preregistering.preregister(new Preregister(new Preregistration(document("""
                P<FRAMARTIN<<CLAIRE<<<<<<<<<<<<<<<<<<<<<<<<<
                18FR402171FRA8503127F3012316<<<<<<<<<<<<<<00"""), Purpose.TOURISM, MARGARA_ALICAN, INTO_TURKIYE,
                LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1))));
        takeIn(AT_MARGARA, INTO_TURKIYE, Purpose.BUSINESS, """
                P<D<<SCHMIDT<<JONAS<<<<<<<<<<<<<<<<<<<<<<<<<
                C01X00T478D<<7906248M2909152<<<<<<<<<<<<<<04""");
        CaseReference waitingAtAlican = takeIn(AT_MARGARA, INTO_TURKIYE, Purpose.FAMILY, """
                P<CANTREMBLAY<<JULIE<<<<<<<<<<<<<<<<<<<<<<<<
                HK392817<7CAN9102158F3101012<<<<<<<<<<<<<<06""");
        deciding.decide(new Decide(AT_MARGARA, waitingAtAlican, Step.EXIT, Optional.empty()));
        CaseReference admitted = takeIn(AT_MARGARA, INTO_TURKIYE, Purpose.TOURISM, """
                P<NLDDE<VRIES<<ANNA<<<<<<<<<<<<<<<<<<<<<<<<<
                NW8K1L3P27NLD8808084F2805058<<<<<<<<<<<<<<06""");
        deciding.decide(new Decide(AT_MARGARA, admitted, Step.EXIT, Optional.empty()));
        deciding.decide(new Decide(AT_ALICAN, admitted, Step.ENTRY, Optional.empty()));
        takeIn(AT_MARGARA, INTO_TURKIYE, Purpose.FAMILY, """
                P<TURYILMAZ<<AHMET<<<<<<<<<<<<<<<<<<<<<<<<<<
                U081234563TUR7501012M3001019<<<<<<<<<<<<<<02""");
        takeIn(AT_ALICAN, INTO_TURKIYE.reversed(), Purpose.OFFICIAL, """
                PDUSASMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<
                9104563213USA7001017M2911308<<<<<<<<<<<<<<04""");
        return 6;
    }

    private CaseReference takeIn(Actor officer, Direction direction, Purpose purpose, String mrz) {
        return takingIn.takeIn(new TakeIn(officer, Optional.empty(), Optional.of(document(mrz)), Optional.of(purpose),
                Optional.of(MARGARA_ALICAN), Optional.of(direction), Optional.empty())).travellerCase().reference();
    }

    private static TravelDocument document(String mrz) {
        return Mrz.parse(mrz);
    }

    private static Actor officer(String name, String party, String post) {
        return new Actor(name, PartyCode.of(party), Set.of(PostCode.of(post)), false);
    }
}
