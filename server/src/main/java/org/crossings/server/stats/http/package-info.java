/**
 * The statistics route, {@code GET /api/statistics}, documented in {@code /openapi.yaml} (OpenAPI 3.1). Bad days are
 * problem responses (RFC 9457) of the shared
 * {@code org.crossings.server.http.ProblemResponses}.
 */
package org.crossings.server.stats.http;
