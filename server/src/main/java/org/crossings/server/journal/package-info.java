/**
 * The journal: the border system's use of the verifiable log (module {@code tlog}). Every change of state becomes an
 * entry in one log, which this node writes, signs and serves read-only as C2SP tlog-tiles says, so that every party
 * can check it with its own tools.
 */
package org.crossings.server.journal;
