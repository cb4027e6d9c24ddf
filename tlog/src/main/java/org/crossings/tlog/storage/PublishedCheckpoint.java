package org.crossings.tlog.storage;

/**
 * A checkpoint the log signed and published: the tree size it commits to and the whole signed note.
 *
 * <p>The note text is kept as signed, byte for byte, because it is the evidence a party may have to show others.
 *
 * @param size the tree size the checkpoint commits to
 * @param note the signed note text (checkpoint body, blank line, signature lines)
 */
public record PublishedCheckpoint(long size, String note) {

    public PublishedCheckpoint {
        if (size < 0) {
            throw new IllegalArgumentException("published checkpoint: size " + size + " must not be negative");
        }
        if (note == null || note.isEmpty()) {
            throw new IllegalArgumentException("published checkpoint of size " + size + ": note must not be empty");
        }
    }
}
