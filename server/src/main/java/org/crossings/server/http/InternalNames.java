package org.crossings.server.http;

import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the server's insides out of what it answers: a message that names a Java class ({@code org.crossings...},
 * {@code java.lang...}, {@code tools.jackson...}) or carries a stack trace is replaced by a plain one. The messages
 * of Crossings name fields and values; one that does not is a bug, and is logged so that it can be mended where it
 * is thrown.
 */
final class InternalNames {

    private static final Logger LOG = LoggerFactory.getLogger(InternalNames.class);
    private static final Pattern INTERNAL = Pattern.compile(
            "\\b(?:org|java|javax|jakarta|sun|com|tools|io|net)\\.[a-z_][\\w$]*\\.[\\w.$]+|\\tat |\\bat [\\w$.]+\\(");

    private InternalNames() {
    }

    /** Whether {@code text} names a class or has a stack trace in it. */
    static boolean in(String text) {
        return text != null && INTERNAL.matcher(text).find();
    }

    /** {@code text}, unless it is empty or names the server's insides: then {@code plain}. */
    static String hidden(String text, String plain) {
        if (text == null || text.isBlank()) {
            return plain;
        }
        if (in(text)) {
            LOG.warn("an answer would have named the server's insides; it says \"{}\" instead of: {}", plain, text);
            return plain;
        }
        return text;
    }
}
