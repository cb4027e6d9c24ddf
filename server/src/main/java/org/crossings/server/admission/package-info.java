/**
 * Shedding load: a node at its limit answers a write at once that it cannot take it now (503 with
 * {@code Retry-After}), instead of letting it queue for seconds in the servlet container and the log writer. Writes
 * are admitted while fewer than a bound are in flight, after at most a short wait; reads never wait here.
 */
package org.crossings.server.admission;
