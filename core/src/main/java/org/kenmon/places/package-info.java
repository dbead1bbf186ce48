/**
 * Places on routes to the DPRK and the analysis of routes through them.
 *
 * <p>Start with {@link org.kenmon.places.Gazetteer#shipped()}: the China–DPRK and Russia–DPRK
 * border crossings with the towns at both ends, DPRK ports and Pyongyang, and the Chinese,
 * Japanese and Russian ports on these routes, each with its names in every script (Latin
 * romanizations, Hangul, Hanzi, Kanji, Kana, Cyrillic), WGS84 coordinates and their source,
 * UN/LOCODE, and what is unconfirmed. {@link org.kenmon.places.Gazetteer#resolve(String)} turns a
 * name as typed ("Sinŭiju", "신의주", "新义州", "Dandong, Liaoning", "Port of Nampo") into a {@link
 * org.kenmon.places.Place} by a hash lookup after folding.
 *
 * <p>{@link org.kenmon.places.RouteAnalysis} reads a route (names in order, plus an optional
 * declared destination country) into a {@link org.kenmon.places.Route}: whether it reaches the
 * DPRK, where, by which crossing (decided by the named {@link org.kenmon.places.RoutingRule}s),
 * the countries it passes, and evidence lines. Format, folding and rules: docs/places.md.
 *
 * <p>Everything here is immutable and thread-safe; nothing does I/O beyond the stream or classpath
 * resource it is given.
 */
package org.kenmon.places;
