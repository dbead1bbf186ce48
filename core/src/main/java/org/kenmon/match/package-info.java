/**
 * Matching parties against sanctions lists. Start from {@link org.kenmon.match.NameMatcher}: it
 * takes a {@link org.kenmon.match.MatchQuery} and returns explained {@link
 * org.kenmon.match.Match}es from a {@link org.kenmon.match.index.ListIndex}. Subpackages:
 * normalize (any script to tokens), romanize (keys that merge romanization systems), similarity,
 * score (pairwise name comparison), index (candidate retrieval).
 */
package org.kenmon.match;
