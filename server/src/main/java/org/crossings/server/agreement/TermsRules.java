package org.crossings.server.agreement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crossings.server.party.Party;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.PartyKind;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Route;

/** The rules that tie the fields of {@link Terms} together; each broken rule adds an error naming path and value. */
final class TermsRules {

    private TermsRules() {
    }

    static void check(String title, List<Party> parties, List<Passage> passages, List<Direction> directions,
                      Travellers travellers, Goods goods, Window window, List<String> errors) {
        if (title == null || title.isBlank()) {
            errors.add("title \"" + title + "\" must not be blank");
        }
        checkParties(parties, errors);
        checkPassages(parties, passages, errors);
        checkDirections(passages, directions, errors);
        if (travellers == null && goods == null) {
            errors.add("travellers and goods are both missing; the terms must allow one of them");
        }
        if (window == null) {
            errors.add("window is missing");
        }
    }

    private static void checkParties(List<Party> parties, List<String> errors) {
        Set<PartyCode> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            if (!Terms.maySign(party)) {
                errors.add("parties[" + i + "] \"" + party.code() + "\" is an observer and cannot be a party");
            }
            if (!seen.add(party.code())) {
                errors.add("parties[" + i + "] \"" + party.code() + "\" is listed twice");
            }
        }
        if (seen.size() < 2) {
            errors.add("parties " + seen + " must name at least 2 parties");
        }
    }

    private static void checkPassages(List<Party> parties, List<Passage> passages, List<String> errors) {
        Set<PartyCode> codes = new HashSet<>(parties.stream().map(Party::code).toList());
        boolean route = !passages.isEmpty() && passages.getFirst() instanceof Route;
        String field = route ? "route" : "crossingPoints";
        if (passages.isEmpty()) {
            errors.add("crossingPoints and route are both missing; the terms must open a crossing point or a route");
        } else if (route && passages.size() > 1 || !route && passages.stream().anyMatch(p -> p instanceof Route)) {
            errors.add("crossingPoints and route are both given; the terms open crossing points or one route");
        }
        for (int i = 0; i < passages.size(); i++) {
            Passage passage = passages.get(i);
            String path = route ? field : field + "[" + i + "]";
            for (PartyCode owner : passage.parties()) {
                if (!codes.contains(owner)) {
                    errors.add(path + " \"" + passage.id().value() + "\" runs through posts of \"" + owner
                            + "\", which is not one of the parties " + codes.stream().sorted().toList());
                }
            }
        }
    }

    private static void checkDirections(List<Passage> passages, List<Direction> directions, List<String> errors) {
        if (directions.isEmpty()) {
            errors.add("directions is empty; it must list at least one direction");
        }
        for (int i = 0; i < directions.size(); i++) {
            Direction direction = directions.get(i);
            if (directions.indexOf(direction) != i) {
                errors.add("directions[" + i + "] \"" + direction + "\" is listed twice");
            } else if (passages.stream().noneMatch(p -> p.allows(direction))) {
                errors.add("directions[" + i + "] \"" + direction + "\" does not cross any of "
                        + passages.stream().map(p -> p.id().value()).toList());
            }
        }
    }

    static void checkRoles(List<Party> parties, List<Disclosure> disclosure, List<PartyCode> suspendableBy,
                           Party frontOffice, List<String> errors) {
        Set<PartyCode> codes = new HashSet<>(parties.stream().map(Party::code).toList());
        for (int i = 0; i < suspendableBy.size(); i++) {
            if (!codes.contains(suspendableBy.get(i))) {
                errors.add("suspendableBy[" + i + "] \"" + suspendableBy.get(i) + "\" is not a party to the terms");
            }
        }
        Set<PartyCode> recipients = new HashSet<>();
        for (int i = 0; i < disclosure.size(); i++) {
            if (!recipients.add(disclosure.get(i).to())) {
                errors.add("disclosure[" + i + "].to \"" + disclosure.get(i).to() + "\" is listed twice");
            }
        }
        if (frontOffice != null && frontOffice.kind() != PartyKind.OPERATOR) {
            errors.add("frontOffice \"" + frontOffice.code() + "\" is a " + frontOffice.kind()
                    + ", not the operator");
        }
    }
}
