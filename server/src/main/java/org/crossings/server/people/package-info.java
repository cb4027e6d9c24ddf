/**
 * People: everyone who signs in to Crossings belongs to exactly one party and holds roles granted within it, a state
 * officer's at a post of that party. The roles are those of DESIGN.md: a state's officers decide on its own territory
 * and its signatories sign agreements for it; the operator's front office takes cases in and its monitoring watches
 * them but neither ever decides for a state; observers read what agreements disclose to them; carriers declare their
 * own movements.
 *
 * <p>Passwords are stored only as hashes made by a {@link org.crossings.server.people.PasswordHashing} the web layer
 * supplies; API tokens only as the SHA-256 of their secret (<a href="https://www.rfc-editor.org/rfc/rfc6750">RFC
 * 6750</a> bearer tokens), so a copy of the database signs no one in.
 */
package org.crossings.server.people;
