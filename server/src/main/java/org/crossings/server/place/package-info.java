/**
 * Places: border posts, the crossing points between two posts of two parties, transit routes along a chain of
 * offices, and the direction of travel across them.
 *
 * <p>Posts are named by their <a href="https://unece.org/trade/cefact/unlocode-code-list-country-and-territory">
 * UN/LOCODE</a> (UNECE Recommendation 16) where one exists, and by a local code otherwise. Each post keeps the time
 * zone in which its hours, and the windows of agreements checked there, are read.
 */
package org.crossings.server.place;
