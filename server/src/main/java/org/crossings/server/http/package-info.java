/**
 * Web plumbing shared by every feature: the shared fallback of errors to RFC 9457 problem responses and the way a
 * feature answers its own ({@link org.crossings.server.http.ProblemAnswers}), who the caller is
 * ({@link org.crossings.server.http.Caller}), how a request is authenticated (a browser session with CSRF protection;
 * an RFC 6750 bearer API token for machine clients), and the one table of access rules
 * ({@link org.crossings.server.http.AccessRules}) made of every feature's
 * {@link org.crossings.server.http.AccessRows}. The people's routes and pages (sign-in, tokens, who am I) are in
 * {@code org.crossings.server.people.http}.
 *
 * <p>Problem responses follow <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>; bearer tokens
 * <a href="https://www.rfc-editor.org/rfc/rfc6750">RFC 6750</a>.
 */
package org.crossings.server.http;
