/**
 * Parties: the states, the neutral route operator and the observers that make, run and watch agreements, and the
 * keys with which a party signs.
 *
 * <p>A state is named by its ISO 3166-1 alpha-3 code (<a href="https://www.iso.org/iso-3166-country-codes.html">ISO
 * 3166-1</a>, the list embedded as {@code iso3166-1.csv}); the operator and observers have codes of their own
 * ({@code OPERATOR}, {@code EU}). Party keys are Ed25519 keys in the form of the tlog signed-note verifier keys
 * (<a href="https://c2sp.org/signed-note">C2SP signed-note</a>), so one key format serves agreements and the log.
 */
package org.crossings.server.party;
