package org.crossings.server.travel;

import java.util.Objects;
import java.util.Set;
import org.crossings.server.agreement.FrontOffice;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.PostCode;

/**
 * The person acting on a case, as the use cases need to know them: their name (kept in the private payload), their
 * party (whose key signs), the posts at which they are a state officer, and whether they work in the operator's
 * front office.
 */
public record Actor(String name, PartyCode party, Set<PostCode> officerAt, boolean frontOffice) {

    public Actor {
        Objects.requireNonNull(name, "actor name");
        Objects.requireNonNull(party, "actor party");
        officerAt = Set.copyOf(officerAt);
    }

    public boolean isOfficerAt(PostCode post) {
        return officerAt.contains(post);
    }

    /**
     * Whether this actor works in {@code office}: in the operator's front office, of that operator, when an agreement
     * names one; else as an officer of the departure state at its post. A state's officer never takes travellers in
     * where an agreement names an operator, nor the operator where none does.
     */
    public boolean worksIn(FrontOffice office) {
        return switch (office) {
            case FrontOffice.Operator operator -> frontOffice && party.equals(operator.operator());
            case FrontOffice.DepartureState state -> party.equals(state.state()) && isOfficerAt(state.post());
        };
    }
}
