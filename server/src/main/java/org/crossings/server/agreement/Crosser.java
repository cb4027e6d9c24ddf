package org.crossings.server.agreement;

import java.util.List;
import java.util.Objects;
import org.crossings.server.party.CountryCode;

/** Who or what asks to cross: a traveller, or a consignment of goods. */
public sealed interface Crosser {

    /**
     * A person, by nationality (ISO 3166-1 alpha-3) and the ICAO 9303 code of the document they travel on.
     *
     * @param nationality the state of which the traveller is a citizen, or {@code null} for a person whom no state
     *     claims (ICAO 9303 writes XXA stateless, XXB refugee, UNO for United Nations staff...): such a person is
     *     "not a citizen of any party" and a "citizen of" no one
     */
    record Traveller(CountryCode nationality, DocumentCode document) implements Crosser {
        public Traveller {
            Objects.requireNonNull(document, "traveller document");
        }

        /** A traveller whom no state claims as its citizen. */
        public static Traveller ofNoState(DocumentCode document) {
            return new Traveller(null, document);
        }
    }

    /**
     * A consignment: its category, the HS codes of its goods items, whether it is declared humanitarian, and the
     * vehicle it travels in.
     */
    record Consignment(GoodsCategory category, List<HsCode> goods, boolean humanitarian, VehicleKind vehicle)
            implements Crosser {
        public Consignment {
            Objects.requireNonNull(category, "consignment category");
            Objects.requireNonNull(vehicle, "consignment vehicle");
            goods = List.copyOf(Objects.requireNonNull(goods, "consignment goods"));
            if (goods.isEmpty()) {
                throw new IllegalArgumentException("consignment goods is empty; it must list at least one HS code");
            }
        }
    }
}
