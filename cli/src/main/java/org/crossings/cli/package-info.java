/**
 * The auditor's command line: {@code crossings verify} audits a whole log over tlog-tiles
 * (https://c2sp.org/tlog-tiles) and {@code crossings verify-receipt} checks a tlog-proof receipt
 * (https://c2sp.org/tlog-proof) offline. Built on the {@code tlog} readers alone: an auditor needs nothing of the
 * server.
 */
package org.crossings.cli;
