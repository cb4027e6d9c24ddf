/**
 * Web plumbing shared by every feature: the one mapping of errors to RFC 9457 problem responses, who the caller is
 * ({@link org.crossings.server.http.Caller}), how they sign in (a browser session after a form sign-in, with CSRF
 * protection; an RFC 6750 bearer API token for machine clients), the one table of access rules
 * ({@link org.crossings.server.http.AccessRules}), the health endpoint, and the start-up message.
 *
 * <p>Problem responses follow <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a>; bearer tokens
 * <a href="https://www.rfc-editor.org/rfc/rfc6750">RFC 6750</a>.
 */
package org.crossings.server.http;
