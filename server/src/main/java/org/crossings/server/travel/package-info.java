/**
 * Travellers: who presents themselves at a crossing point and with what. The model holds the travel documents read
 * from their machine-readable zone, the cases opened for travellers and the decisions taken on them.
 *
 * <p>Travel documents: {@link org.crossings.server.travel.Mrz#parse(String)} reads the machine-readable zone of a
 * passport (TD3), an identity card (TD1, TD2) or a visa (MRV-A, MRV-B) as
 * <a href="https://www.icao.int/publications/pages/publication.aspx?docnum=9303">ICAO Doc 9303</a> Parts 3 to 7
 * specify it, verifies every check digit and refuses, naming line, column and value, whatever does not fit; it never
 * corrects a zone silently.
 */
package org.crossings.server.travel;
