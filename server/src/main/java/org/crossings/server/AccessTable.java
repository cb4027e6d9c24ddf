package org.crossings.server;

import java.util.List;
import org.crossings.server.agreement.http.AgreementAccessRows;
import org.crossings.server.http.AccessRows;
import org.crossings.server.http.AccessRules;
import org.crossings.server.http.AgreementParties;
import org.crossings.server.http.SharedAccessRows;
import org.crossings.server.journal.http.JournalAccessRows;
import org.crossings.server.party.http.PartyAccessRows;
import org.crossings.server.people.http.PeopleAccessRows;
import org.crossings.server.place.http.PlaceAccessRows;
import org.crossings.server.stats.http.StatisticsAccessRows;
import org.crossings.server.travel.http.TravelAccessRows;

/**
 * Who may call what, as one table: every feature's {@link AccessRows}, in this order. What is in no feature's rows is
 * denied, so an endpoint without a row cannot be reached at all; a new feature adds its rows here, and its
 * expectations to {@code AccessRulesTest}'s matrix.
 */
public final class AccessTable {

    private AccessTable() {
    }

    /** The table; the parties to an agreement come from the agreement feature (fail closed: {@code NONE}). */
    public static AccessRules crossings(AgreementParties agreementParties) {
        return AccessRules.of(List.of(
                new JournalAccessRows(),
                new SharedAccessRows(),
                new PeopleAccessRows(),
                new PartyAccessRows(),
                new PlaceAccessRows(),
                new AgreementAccessRows(agreementParties),
                new TravelAccessRows(),
                new StatisticsAccessRows()));
    }
}
