/**
 * What the service judges against: an immutable {@link org.kenmon.server.data.Snapshot} of regimes,
 * agreements, list versions and screeners, built by {@link org.kenmon.server.data.SnapshotLoader}
 * and swapped atomically by {@link org.kenmon.server.data.DataHolder} when the data changes.
 */
package org.kenmon.server.data;
