/**
 * Canonical keys that merge the romanization systems of Korean ({@link
 * org.kenmon.match.romanize.KoreanRomanization}: McCune–Reischauer, the DPRK system, Revised
 * Romanization, South Korean spellings, and Hangul itself), Japanese (Hepburn, Kunrei) and Chinese
 * (Pinyin, Wade–Giles). Two spellings of one name give one key.
 */
package org.kenmon.match.romanize;
