/**
 * How requests are read, for every route at once: JSON bodies strictly (no duplicate keys, no unknown fields, no
 * trailing tokens, no numbers for strings or strings for booleans, every string held to its
 * {@link org.crossings.server.value.TextRule}), JSON bodies bounded in size (413), numbers in paths and queries plain
 * decimal ({@link org.crossings.server.value.PlainNumber}), and every refusal a small RFC 9457 problem that names the
 * field and quotes at most a short excerpt of the value.
 *
 * <p>Strict reading follows <a href="https://www.rfc-editor.org/rfc/rfc8259">RFC 8259</a> ("the names within an
 * object SHOULD be unique": here they must be) and <a href="https://www.rfc-editor.org/rfc/rfc7493">RFC 7493</a>
 * (I-JSON: no duplicate names, no unpaired surrogates); problems follow
 * <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>.
 */
package org.crossings.server.value.http;
