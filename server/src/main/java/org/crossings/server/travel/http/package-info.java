/**
 * The travellers' routes: pre-registration, intake, the posts' queues, decisions, cases, receipts (as tlog-proofs and
 * as a printable page) and the published list of refusal reasons.
 */
package org.crossings.server.travel.http;
