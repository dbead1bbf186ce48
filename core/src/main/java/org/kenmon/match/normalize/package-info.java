/**
 * Name normalization: {@link org.kenmon.match.normalize.NameNormalizer} turns any name, in any
 * script, into lower-case ASCII tokens with their kinds and romanization keys.
 */
package org.kenmon.match.normalize;
