package org.crossings.server.journal;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Which public facts each envelope version can hold, by name, and the form of each (docs/envelope.md). Versions 1
 * and 2 hold the same facts; a fact a feature needs that no version names is a new version, written down here and in
 * docs/envelope.md, never an edit of what an existing version means: envelopes are signed and kept forever.
 *
 * <p>The forms are those of the codes the features write (upper-case codes, lower-case words); checking them keeps a
 * malformed entry from being read as an envelope at all, as before the journal stopped naming the features' types.
 */
public final class EnvelopeFormat {

    /** The crossing point's id, as text; never with {@link #ROUTE}. */
    public static final String CROSSING_POINT = "crossingPoint";
    /** The transit route's id, as text; never with {@link #CROSSING_POINT}. */
    public static final String ROUTE = "route";
    /** Which way: fields {@code from} and {@code to}, two different post codes. */
    public static final String DIRECTION = "direction";
    /** The category of the traveller or consignment: a lower-case word. */
    public static final String CATEGORY = "category";
    /** The agreement that allowed the step, as its feature writes its reference. */
    public static final String ALLOWED_BY = "allowedBy";
    /** The coded reason of a refusal: letters, digits and hyphens. */
    public static final String REASON = "reason";

    private static final String CODE = "[A-Z0-9][A-Z0-9-]{1,63}";
    private static final String POST = "[A-Z]{2}(-[A-Z0-9]{2,16}){1,3}|[A-Z]{2}[A-Z2-9]{3}";
    private static final Map<String, String> TEXT_FORMS = Map.of(CROSSING_POINT, CODE, ROUTE, CODE,
            CATEGORY, "[a-z][a-z-]{0,31}", REASON, "[A-Za-z0-9][A-Za-z0-9-]{0,31}", ALLOWED_BY, "(?s).*");
    private static final Set<String> DIRECTION_FIELDS = Set.of("from", "to");

    private EnvelopeFormat() {
    }

    /** The names of the public facts every version so far can hold. */
    public static Set<String> factNames() {
        return Set.of(CROSSING_POINT, ROUTE, DIRECTION, CATEGORY, ALLOWED_BY, REASON);
    }

    /**
     * @throws IllegalArgumentException naming the fact that version {@code version} cannot hold, or whose form is
     *     wrong
     */
    static void requireFacts(int version, PublicFacts facts) {
        if (facts.has(CROSSING_POINT) && facts.has(ROUTE)) {
            throw new IllegalArgumentException("envelope: crossingPoint and route must not both be present");
        }
        facts.byName().forEach((name, fact) -> {
            if (name.equals(DIRECTION)) {
                requireDirection(fact);
            } else if (TEXT_FORMS.containsKey(name) && fact instanceof PublicFact.Text text) {
                requireForm(name, text.value(), TEXT_FORMS.get(name));
            } else {
                throw new IllegalArgumentException("envelope version " + version + " holds no public fact \"" + name
                        + "\" of this shape: " + fact);
            }
        });
    }

    private static void requireDirection(PublicFact fact) {
        if (!(fact instanceof PublicFact.Fields fields) || !fields.members().keySet().equals(DIRECTION_FIELDS)) {
            throw new IllegalArgumentException("envelope direction: fields from and to are required, found " + fact);
        }
        SortedMap<String, String> members = fields.members();
        requireForm("direction from", members.get("from"), POST);
        requireForm("direction to", members.get("to"), POST);
        if (members.get("from").equals(members.get("to"))) {
            throw new IllegalArgumentException("direction from \"" + members.get("from") + "\" and to \""
                    + members.get("to") + "\" are the same post");
        }
    }

    private static void requireForm(String name, String value, String form) {
        if (!value.matches(form)) {
            throw new IllegalArgumentException("envelope " + name + " \"" + value + "\" is not of the form " + form);
        }
    }
}
