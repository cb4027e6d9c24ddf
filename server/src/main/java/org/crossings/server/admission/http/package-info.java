/**
 * The admission of writes as a servlet filter: a request with an unsafe method (RFC 9110 section 9.2.1: anything but
 * GET, HEAD, OPTIONS and TRACE) takes a place of {@link org.crossings.server.admission.WriteAdmission} or is answered
 * 503, problem type {@code node-overloaded} (RFC 9457), with {@code Retry-After: 1}, before anything reads it.
 */
package org.crossings.server.admission.http;
