package org.crossings.cli;

/** The auditor's commands. */
public final class CrossingsCli {
    public static void main(String[] args) {
        System.out.println("crossings");
    }
}
