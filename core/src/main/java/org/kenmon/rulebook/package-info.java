/**
 * Evaluating regimes on dates. Start from {@link org.kenmon.rulebook.RegimeHistory}: it compiles
 * loaded regimes once into immutable {@link org.kenmon.rulebook.Rulebook}s, one per period in which
 * nothing changes; {@link org.kenmon.rulebook.RegimeDiff} compares two dates and {@link
 * org.kenmon.rulebook.Timeline} lays every measure out over time.
 */
package org.kenmon.rulebook;
