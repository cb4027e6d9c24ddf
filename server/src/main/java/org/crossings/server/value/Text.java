package org.crossings.server.value;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link TextRule} of a string field of a request body, where it differs from {@link TextRule#LINE}: on a record
 * component ({@code @Text(max = 2000, lines = true) String reason}), or on a list or map of strings, whose every
 * element it then bounds.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Text {

    /** The most characters (code points). */
    int max() default TextRule.DEFAULT_LENGTH;

    /** Whether line breaks ({@code \n}, {@code \r}) are allowed. */
    boolean lines() default false;
}
