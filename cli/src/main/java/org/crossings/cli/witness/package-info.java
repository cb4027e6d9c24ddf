/**
 * {@code crossings witness}: a standalone C2SP tlog-witness (https://c2sp.org/tlog-witness) that cosigns the
 * checkpoints of the logs listed in its configuration, any C2SP log, not only a Crossings operator's.
 */
package org.crossings.cli.witness;
