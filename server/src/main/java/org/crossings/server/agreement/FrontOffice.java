package org.crossings.server.agreement;

import java.util.Objects;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.PostCode;

/**
 * Who takes travellers in on one way (a passage and a direction) at one instant: the operator that an agreement in
 * force on that way names as its front office, and then that operator alone; or, where no agreement names one, the
 * officers of the state the traveller leaves, at its departure post. One party alone cannot move the front office of a
 * crossing, nor the data that goes with it: an agreement names no one until every party has signed it, nor once it is
 * suspended, superseded or expired. Answered by {@link Eligibility#frontOffice}.
 */
public sealed interface FrontOffice {

    /** The party whose staff take travellers in, and whose key signs the intake. */
    PartyCode party();

    /** In words, for a refusal: "the front office of OPERATOR (named by SYUNIK-TRANSIT v1)". */
    String describe();

    /** The operator an agreement in force names: only its front-office staff take travellers in. */
    record Operator(PartyCode operator, AgreementRef namedBy) implements FrontOffice {

        public Operator {
            Objects.requireNonNull(operator, "front office operator");
            Objects.requireNonNull(namedBy, "front office named by");
        }

        @Override
        public PartyCode party() {
            return operator;
        }

        @Override
        public String describe() {
            return "the front office of " + operator + " (named by agreement " + namedBy + ")";
        }
    }

    /** No agreement names an operator: the officers of the state left, at the post the traveller leaves from. */
    record DepartureState(PartyCode state, PostCode post) implements FrontOffice {

        public DepartureState {
            Objects.requireNonNull(state, "front office state");
            Objects.requireNonNull(post, "front office post");
        }

        @Override
        public PartyCode party() {
            return state;
        }

        @Override
        public String describe() {
            return state + "'s officers at " + post;
        }
    }
}
