/**
 * Retried requests answered once: a client that sends a write with an {@code Idempotency-Key} header and retries it
 * after a timeout gets the first answer again, never a second entry in the log. After the IETF HTTP APIs working
 * group's draft "The Idempotency-Key HTTP Header Field" (draft-ietf-httpapi-idempotency-key-header): a key reused with
 * another request is refused with 422, a key whose first request is still running with 409.
 */
package org.crossings.server.idempotency;
