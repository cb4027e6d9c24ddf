package org.crossings.cli;

import java.io.Console;

/** Whether stderr goes to a person's terminal, to choose between an updating progress line and log lines. */
public final class Terminal {

    private Terminal() {
    }

    /**
     * True when the JVM has an interactive console. From JDK 22, {@code System.console()} also answers when output is
     * redirected, and {@code Console.isTerminal()} tells the difference; we compile for 21, so it is looked up.
     */
    public static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only when attached to a terminal
        }
    }
}
