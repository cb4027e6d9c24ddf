/**
 * Web plumbing shared by every feature: the one mapping of errors to RFC 9457 problem responses, the health
 * endpoint, and the start-up message that tells a person which URL to open.
 */
package org.crossings.server.http;
