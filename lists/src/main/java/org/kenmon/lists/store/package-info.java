/**
 * Dated list versions kept on disk, and what changed between two of them. Start with {@link
 * org.kenmon.lists.store.ListStore}: {@code importVersion} reads a file and stores its entries under
 * {@code <data>/lists/<listId>/}, {@code load} finds a version by reference, {@code diff} compares
 * two. {@link org.kenmon.lists.store.ListReport} renders versions and diffs as text or JSON.
 */
package org.kenmon.lists.store;
