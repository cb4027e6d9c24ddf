package org.crossings.server.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms that cannot be signed, with every problem found: each names the field path and the offending value
 * ({@code parties[2] "XYZ" is not a known party}), so the proposer can fix them all at once. At most
 * {@value #MOST_ERRORS} are listed and the rest counted, so that the answer does not grow with the document.
 */
public class TermsException extends IllegalArgumentException {

    /** The most errors listed. */
    public static final int MOST_ERRORS = 20;

    /** The field path an error begins with: {@code window.until}, {@code disclosure[1].to}, {@code parties[2]}. */
    private static final Pattern PATH = Pattern.compile("^([a-z][A-Za-z]*(?:\\[\\d+])?(?:\\.[a-z][A-Za-z]*(?:\\[\\d+])?)*)[ :]");

    private final transient List<String> errors;

    public TermsException(List<String> errors) {
        super(String.join("; ", listed(errors)));
        this.errors = listed(errors);
    }

    private static List<String> listed(List<String> errors) {
        if (errors.size() <= MOST_ERRORS) {
            return List.copyOf(errors);
        }
        List<String> listed = new ArrayList<>(errors.subList(0, MOST_ERRORS));
        listed.add("the terms have " + (errors.size() - MOST_ERRORS) + " more errors, not listed");
        return List.copyOf(listed);
    }

    public List<String> errors() {
        return errors;
    }

    /** Every error with the field path it names, for answers that machines read (a form marks each field). */
    public List<FieldError> fieldErrors() {
        return errors.stream().map(FieldError::of).toList();
    }

    /**
     * One error about one field of the terms.
     *
     * @param field   the field path, such as {@code window.until}; empty when the error is about the whole document
     * @param message the whole error, which names the path and the offending value
     */
    public record FieldError(String field, String message) {

        static FieldError of(String error) {
            Matcher path = PATH.matcher(error);
            boolean named = path.find() && !path.group(1).equals("the");
            return new FieldError(named ? path.group(1) : "", error);
        }
    }
}
