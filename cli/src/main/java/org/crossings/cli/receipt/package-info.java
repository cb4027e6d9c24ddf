/**
 * {@code crossings verify-receipt}: checks a tlog-proof receipt (https://c2sp.org/tlog-proof) offline — the
 * checkpoint's signature (https://c2sp.org/signed-note), optional witness cosignatures
 * (https://c2sp.org/tlog-cosignature) and the RFC 9162 inclusion proof of the entry.
 */
package org.crossings.cli.receipt;
