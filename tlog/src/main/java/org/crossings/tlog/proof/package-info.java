/**
 * Offline receipts after <a href="https://c2sp.org/tlog-proof">C2SP tlog-proof</a>: an entry's index, its RFC 6962
 * inclusion proof and the (co)signed checkpoint it leads to, in one text a traveller or carrier can keep and anyone
 * can check later without asking the log.
 */
package org.crossings.tlog.proof;
