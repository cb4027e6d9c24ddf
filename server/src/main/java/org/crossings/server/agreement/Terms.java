package org.crossings.server.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crossings.server.party.CountryCode;
import org.crossings.server.party.Party;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.PartyKind;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Hours;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Route;

/**
 * What an agreement allows: who ({@code travellers}) and what ({@code goods}) may cross where ({@code passages}),
 * which way ({@code directions}), when ({@code window}, {@code hours}), for which {@code fees}, and who receives which
 * data ({@code disclosure}). Every party whose posts a passage runs through must be a party to it.
 *
 * <p><b>Time zone.</b> Window dates and daily hours are read in the time zone of the post where the crossing is first
 * checked: the departure post of the way (Margara, Asia/Yerevan, for ARM→TUR; Alican, Europe/Istanbul, for TUR→ARM).
 * That post's officers decide first, so the rule reads as they see their own clock; each way has one zone.
 *
 * @param travellers    who may cross, or {@code null} if the agreement opens for goods only
 * @param goods         what may cross, or {@code null} if the agreement opens for travellers only
 * @param hours         the daily hours, or {@code null} for all day
 * @param suspendableBy the parties that may suspend the agreement on their own
 * @param frontOffice   the operator that runs the front office, or {@code null} if none
 */
public record Terms(String title, List<Party> parties, List<Passage> passages, List<Direction> directions,
                    Travellers travellers, Goods goods, Window window, Hours hours, List<Fee> fees,
                    List<Disclosure> disclosure, List<PartyCode> suspendableBy, Party frontOffice) {

    public Terms {
        parties = List.copyOf(Objects.requireNonNull(parties, "parties"));
        passages = List.copyOf(Objects.requireNonNull(passages, "passages"));
        directions = List.copyOf(Objects.requireNonNull(directions, "directions"));
        fees = List.copyOf(Objects.requireNonNull(fees, "fees"));
        disclosure = List.copyOf(Objects.requireNonNull(disclosure, "disclosure"));
        suspendableBy = List.copyOf(Objects.requireNonNull(suspendableBy, "suspendableBy"));
        List<String> errors = new ArrayList<>();
        TermsRules.check(title, parties, passages, directions, travellers, goods, window, errors);
        TermsRules.checkRoles(parties, disclosure, suspendableBy, frontOffice, errors);
        if (!errors.isEmpty()) {
            throw new TermsException(errors);
        }
    }

    public List<PartyCode> partyCodes() {
        return parties.stream().map(Party::code).toList();
    }

    /** The countries of the state parties: "not a citizen of any party" means none of these. */
    public Set<CountryCode> stateCountries() {
        Set<CountryCode> countries = new HashSet<>();
        parties.stream().filter(Party::isState).forEach(party -> countries.add(party.country()));
        return countries;
    }

    /** Every passage and direction this agreement opens. */
    public List<Way> ways() {
        List<Way> ways = new ArrayList<>();
        for (Passage passage : passages) {
            directions.stream().filter(passage::allows).forEach(d -> ways.add(new Way(passage, d)));
        }
        return ways;
    }

    public boolean isRoute() {
        return passages.getFirst() instanceof Route;
    }

    public boolean mayBeSuspendedBy(PartyCode party) {
        return suspendableBy.contains(party);
    }

    /** Whether {@code party} may be a party to terms at all: observers only watch. */
    static boolean maySign(Party party) {
        return party.kind() != PartyKind.OBSERVER;
    }
}
