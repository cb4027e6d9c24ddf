/**
 * Signed notes after <a href="https://c2sp.org/signed-note">C2SP signed-note</a>, the envelope of every checkpoint
 * and cosignature; golang.org/x/mod/sumdb/note is the reference implementation we stay byte-compatible with.
 *
 * <p>A note's text must be ignored until {@link org.crossings.tlog.note.Notes#open} has checked a signature by a
 * known key: that is why parsing ({@link org.crossings.tlog.note.Note#parse}) and opening are separate steps.
 */
package org.crossings.tlog.note;
