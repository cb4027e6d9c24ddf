/**
 * Agreements: the jointly signed openings that say who and what may cross where, which way and when, and who sees
 * which data. Nothing crosses unless an agreement in force allows it, and every allowance names that agreement.
 *
 * <p>Terms are a small JSON document that people read and sign ({@link org.crossings.server.agreement.TermsDocument});
 * signatures are Ed25519 over its canonical form after <a href="https://www.rfc-editor.org/rfc/rfc8785">RFC 8785</a>
 * (JSON Canonicalization Scheme). Travel document codes follow
 * <a href="https://www.icao.int/publications/pages/publication.aspx?docnum=9303">ICAO Doc 9303</a>; goods are named by
 * their Harmonized System (HS) codes.
 */
package org.crossings.server.agreement;
