/**
 * Holds: transactions kept from going ahead because their verdict needs action. {@link
 * org.kenmon.store.holds.HoldingSink} stores a screening and makes holds ({@code kenmon screen
 * --hold}); {@link org.kenmon.store.holds.Rescreen} screens them again when the data changes and
 * releases those now lawful; {@link org.kenmon.store.holds.Holds} lists them, shows their history
 * and releases one by hand. Every event keeps the verdict that caused it. Both writers are
 * idempotent, so a run killed at any point is simply run again.
 */
package org.kenmon.store.holds;
