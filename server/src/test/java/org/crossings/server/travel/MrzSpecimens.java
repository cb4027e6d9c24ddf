package org.crossings.server.travel;

import java.util.List;

/**
 * Zones that are right, for the tests: ICAO's specimens of Doc 9303 Parts 4 to 7 (state UTO, Utopia), checked digit by
 * digit against {@link CheckDigit}, and two built here with their check digits computed.
 */
final class MrzSpecimens {

    /** Part 4, Appendix A: a passport. */
    static final String TD3 = """
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10""";

    /** Part 5, Appendix A: an identity card. */
    static final String TD1 = """
            I<UTOD231458907<<<<<<<<<<<<<<<
            7408122F1204159UTO<<<<<<<<<<<6
            ERIKSSON<<ANNA<MARIA<<<<<<<<<<""";

    /**
     * Part 5, 4.2.4: an identity card whose number, D23145890734, is longer than 9: its last three characters and the
     * check digit 9 start the optional data.
     */
    static final String TD1_LONG_NUMBER = """
            I<UTOD23145890<7349<<<<<<<<<<<
            3407127M9507122UTO<<<<<<<<<<<2
            STEVENSON<<PETER<JOHN<<<<<<<<<""";

    /** Part 6, Appendix A: an identity card. */
    static final String TD2 = """
            I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            D231458907UTO7408122F1204159<<<<<<<6""";

    /** Built here after Part 6, 4.2.4: the TD2 card with the long number of Part 5's example. */
    static final String TD2_LONG_NUMBER = """
            I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            D23145890<UTO7408122F12041597349<<<2""";

    /** Part 7, Appendix A: a full-size visa; nationality XXX, unspecified. */
    static final String MRV_A = """
            V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L8988901C4XXX4009078F96121096ZE184226B<<<<<<""";

    /** Part 7, Appendix A: a smaller visa. */
    static final String MRV_B = """
            V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            L8988901C4XXX4009078F9612109<<<<<<<<""";

    /** Built here: an Armenian diplomatic passport without personal number, so its check digit is filler. */
    static final String DIPLOMATIC = """
            PDARMSARGSYAN<<ARAM<<<<<<<<<<<<<<<<<<<<<<<<<
            AD12345677ARM6503019M3001156<<<<<<<<<<<<<<<4""";

    static final List<String> ALL = List.of(TD3, TD1, TD1_LONG_NUMBER, TD2, TD2_LONG_NUMBER, MRV_A, MRV_B, DIPLOMATIC);

    private MrzSpecimens() {
    }
}
