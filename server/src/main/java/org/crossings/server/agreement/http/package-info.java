/**
 * The agreement routes under {@code /api/agreements}, {@code /api/eligibility} and {@code /api/timeline}, documented
 * in {@code /openapi.yaml} (OpenAPI 3.1). Bodies are JSON; errors are problem responses (RFC 9457) made in one place,
 * {@code org.crossings.server.http.ProblemResponses}.
 */
package org.crossings.server.agreement.http;
