/**
 * The agreement routes under {@code /api/agreements}, {@code /api/eligibility} and {@code /api/timeline}, documented
 * in {@code /openapi.yaml} (OpenAPI 3.1). Bodies are JSON; errors are problem responses (RFC 9457), mapped by
 * {@link org.crossings.server.agreement.http.AgreementProblems}.
 */
package org.crossings.server.agreement.http;
