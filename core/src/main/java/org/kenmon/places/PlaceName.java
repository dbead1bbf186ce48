package org.kenmon.places;

import java.util.Objects;
import java.util.Optional;

/**
 * One name of a {@link Place}: the text as written, its script, for Latin names the romanization
 * system it follows, and, when the same name also denotes another and better-known place, a note
 * saying which ({@code 惠山} is Hyesan in Hanja but also Huishan District of Wuxi). A route that
 * names a place by such a homograph is flagged in its evidence.
 *
 * @param text the name as written, never blank
 * @param script the writing system
 * @param form the romanization system for Latin names; {@link Form#NATIVE} for other scripts
 * @param homographOf the other place this name also denotes, or null
 */
public record PlaceName(String text, Script script, Form form, String homographOf) {

  /** Writing systems of names. Korean Hanja are traditional characters ({@link #HAN_TRADITIONAL}). */
  public enum Script {
    LATIN,
    HANGUL,
    /** Han characters written the same in simplified and traditional Chinese (and Japanese). */
    HAN,
    HAN_SIMPLIFIED,
    HAN_TRADITIONAL,
    /** Japanese Kanji where they differ from both Chinese forms (平壌, 恵山). */
    KANJI,
    /** Hiragana or Katakana; resolution folds Hiragana to Katakana. */
    KANA,
    CYRILLIC
  }

  /** How a Latin name was romanized. */
  public enum Form {
    /** The country's own system: DPRK 1992/2002, Hanyu Pinyin, Russian official transliteration. */
    OFFICIAL,
    /** McCune–Reischauer with breves and apostrophes ({@code Namp'o}, {@code Sinŭiju}). */
    MCCUNE_REISCHAUER,
    /** South Korean Revised Romanization of 2000. */
    REVISED,
    WADE_GILES,
    /** Chinese postal romanization ({@code Tientsin}, {@code Tsingtao}). */
    POSTAL,
    HEPBURN,
    /** English names of structures ({@code Sino-Korean Friendship Bridge}). */
    CONVENTIONAL,
    /** Former names ({@code Dairen}, {@code Chinnampo}, {@code Antung}). */
    HISTORICAL,
    OTHER,
    /** Not a romanization: the name in its own script. */
    NATIVE
  }

  /**
   * @throws NullPointerException if text, script or form is null
   * @throws IllegalArgumentException if text is blank, or a Latin name has form NATIVE, or a
   *     non-Latin name has another form
   */
  public PlaceName {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(form, "form");
    if (text.isBlank()) {
      throw new IllegalArgumentException("place name is blank: '" + text + "'");
    }
    if ((script == Script.LATIN) == (form == Form.NATIVE)) {
      throw new IllegalArgumentException(
          "name '" + text + "': form " + form + " does not fit script " + script);
    }
    if (homographOf != null && homographOf.isBlank()) {
      homographOf = null;
    }
  }

  /** The other place this name also denotes, if any. */
  public Optional<String> homograph() {
    return Optional.ofNullable(homographOf);
  }

  @Override
  public String toString() {
    return text;
  }
}
