/**
 * Values read from outside the system, held to the bounds the API documents: money with at most its currency's minor
 * units (<a href="https://www.iso.org/iso-4217-currency-codes.html">ISO 4217</a>), days and instants in
 * <a href="https://www.rfc-editor.org/rfc/rfc3339">ISO 8601 / RFC 3339</a> form within a sane range, plain decimal
 * numbers, and text without control characters within a length. Every error names the field and quotes at most
 * {@value org.crossings.server.value.Excerpt#LENGTH} characters of the value ({@link org.crossings.server.value.Excerpt}),
 * so that no error grows with the input.
 *
 * <p>These are the rules of what a request may carry. What the log already holds was accepted under the rules of its
 * day; readers of stored entries use the lenient readers named as such ({@link org.crossings.server.value.Money#ofStored}).
 */
package org.crossings.server.value;
