/** String similarity primitives for name matching, allocation-free on the hot path. */
package org.kenmon.match.similarity;
