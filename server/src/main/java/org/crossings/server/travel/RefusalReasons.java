package org.crossings.server.travel;

import java.util.List;
import java.util.Optional;

/**
 * The published list of refusal reasons, served at {@code GET /api/refusal-reasons}.
 *
 * <p>Entry refusals use the nine reasons of the standard form for refusal of entry at the border (Regulation (EU)
 * 2016/399, Schengen Borders Code, Annex V Part B), codes {@code A} to {@code I}, because border guards of the region
 * already know them. Exit refusals have no common standard; the codes {@code X1} to {@code X5} are ours, and each
 * state may ask for more through an agreement.
 */
public final class RefusalReasons {

    private static final List<RefusalReason> ALL = List.of(
            entry("A", "has no valid travel document(s)"),
            entry("B", "has a false, counterfeit or forged travel document"),
            entry("C", "has no valid visa or residence permit"),
            entry("D", "has a false, counterfeit or forged visa or residence permit"),
            entry("E", "has no appropriate documentation justifying the purpose and conditions of stay"),
            entry("F", "has already stayed for the maximum period allowed"),
            entry("G", "does not have sufficient means of subsistence"),
            entry("H", "is a person for whom an alert has been issued for the purposes of refusing entry"),
            entry("I", "is considered to be a threat to public policy, internal security or public health"),
            exit("X1", "is subject to a court order or travel ban forbidding exit"),
            exit("X2", "has no valid travel document for leaving"),
            exit("X3", "has outstanding customs, tax or fine obligations that forbid exit"),
            exit("X4", "is wanted by law enforcement"),
            exit("X5", "is a minor travelling without the consent required"));

    private RefusalReasons() {
    }

    public static List<RefusalReason> all() {
        return ALL;
    }

    /**
     * The reason with this code for this step.
     *
     * @throws IllegalArgumentException naming the code and the codes that exist for the step
     */
    public static RefusalReason require(Step step, String code) {
        return find(step, code).orElseThrow(() -> new IllegalArgumentException("reason \"" + code
                + "\" is not a reason for refusing " + step.json() + "; the published codes are "
                + ALL.stream().filter(r -> r.step() == step).map(RefusalReason::code).toList()));
    }

    public static Optional<RefusalReason> find(Step step, String code) {
        return ALL.stream().filter(r -> r.step() == step && r.code().equals(code)).findFirst();
    }

    private static RefusalReason entry(String code, String text) {
        return new RefusalReason(code, Step.ENTRY, text);
    }

    private static RefusalReason exit(String code, String text) {
        return new RefusalReason(code, Step.EXIT, text);
    }
}
