package org.crossings.server.place;

/** How a crossing point or route is travelled. */
public enum Mode {
    ROAD,
    RAIL
}
