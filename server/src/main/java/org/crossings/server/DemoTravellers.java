package org.crossings.server;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PostCode;
import org.crossings.server.place.RouteId;
import org.crossings.server.travel.Actor;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.FeeCollected;
import org.crossings.server.travel.Mrz;
import org.crossings.server.travel.Preregistration;
import org.crossings.server.travel.Purpose;
import org.crossings.server.travel.Step;
import org.crossings.server.travel.TravelDocument;
import org.crossings.server.travel.application.Decide;
import org.crossings.server.travel.application.DecidingCrossing;
import org.crossings.server.travel.application.Preregister;
import org.crossings.server.travel.application.Preregistered;
import org.crossings.server.travel.application.Preregistering;
import org.crossings.server.travel.application.TakeIn;
import org.crossings.server.travel.application.TakingIn;
import org.crossings.server.value.Money;

/**
 * A few travellers, so that a fresh demo has something in every state: at Margara–Alican a pre-registration for
 * tomorrow (kept apart from the log, its reference printed at start so the desk can take her in), a traveller in Margara's queue, one in Alican's, one admitted, one refused at intake, and a diplomat in
 * Alican's queue the other way; on the Syunik route a traveller the operator took in, whom Azerbaijan let leave at
 * Aghband, waiting for Armenia at Syunik east. Their zones are made-up documents with correct check digits. Each goes through the
 * same use cases as a real traveller, as the demo's officers.
 */
final class DemoTravellers {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoTravellers.class);

    private static final CrossingPointId MARGARA_ALICAN = CrossingPointId.of("MARGARA-ALICAN");
    private static final Direction INTO_TURKIYE = Direction.of("AM-MARGARA", "TR-ALICAN");
    private static final Actor AT_MARGARA = officer("arm-officer-margara", "ARM", "AM-MARGARA");
    private static final Actor AT_ALICAN = officer("tur-officer-alican", "TUR", "TR-ALICAN");
    private static final Actor OPERATOR = new Actor("operator-front-office", PartyCode.of("OPERATOR"), Set.of(), true);

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
        if (preregistering.preregister(new Preregister(new Preregistration(document("""
                P<FRAMARTIN<<CLAIRE<<<<<<<<<<<<<<<<<<<<<<<<<
                18FR402171FRA8503127F3012316<<<<<<<<<<<<<<00"""), Purpose.TOURISM, MARGARA_ALICAN, INTO_TURKIYE,
                LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1)))) instanceof Preregistered.Kept kept) {
            log.info("Demo pre-registration at Margara for tomorrow: reference {} (the desk takes her in with it)",
                    kept.preregistration().reference());
        }
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
        CaseReference transit = takingIn.takeIn(new TakeIn(OPERATOR, Optional.empty(), Optional.of(document("""
                P<AZEMAMMADOV<<ELNUR<<<<<<<<<<<<<<<<<<<<<<<<
                C044128731AZE8704197M3207073<<<<<<<<<<<<<<04""")), Optional.of(Purpose.FAMILY),
                Optional.of(RouteId.of("SYUNIK")), Optional.of(Direction.of("AZ-AGHBAND", "AZ-ORDUBAD")),
                Optional.of(new FeeCollected(Money.parse("feeCollected.amount", "5.00", Currency.getInstance("USD"))))))
                .travellerCase().reference();
        deciding.decide(new Decide(officer("aze-officer-aghband", "AZE", "AZ-AGHBAND"), transit, Step.EXIT,
                Optional.empty()));
        return 7;
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
