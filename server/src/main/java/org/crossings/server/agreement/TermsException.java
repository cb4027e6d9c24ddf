package org.crossings.server.agreement;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms that cannot be signed, with every problem found: each names the field path and the offending value
 * ({@code parties[2] "XYZ" is not a known party}), so the proposer can fix them all at once.
 */
public class TermsException extends IllegalArgumentException {

    /** The field path an error begins with: {@code window.until}, {@code disclosure[1].to}, {@code parties[2]}. */
    private static final Pattern PATH = Pattern.compile("^([a-z][A-Za-z]*(?:\\[\\d+])?(?:\\.[a-z][A-Za-z]*(?:\\[\\d+])?)*)[ :]");

    private final transient List<String> errors;

    public TermsException(List<String> errors) {
        super(String.join("; ", errors));
        this.errors = List.copyOf(errors);
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
