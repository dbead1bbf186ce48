/**
 * Harmonized System codes: {@link org.kenmon.hs.HsCode} parses and compares codes of 2 to 10
 * digits, {@link org.kenmon.hs.HsPattern} is a code or range as written in a measure's scope.
 */
package org.kenmon.hs;
