package org.kenmon.places;

import java.util.Objects;
import java.util.Optional;

/**
 * How a name given by a caller was resolved: the place, the gazetteer name it met (absent when it
 * met a UN/LOCODE), and by which step of {@link Gazetteer#match(String, Gazetteer.Lookup)} — so that evidence can say
 * "‘Shinuiju’ read as Sinuiju by its Korean romanization".
 *
 * @param input the name as given
 * @param place the place found
 * @param name the gazetteer name that matched, or null for a UN/LOCODE
 * @param how the resolution step that found it
 */
public record Match(String input, Place place, PlaceName name, How how) {

  /** The steps of resolution, tried in this order; see docs/places.md. */
  public enum How {
    /** The folded input is a name of the place. */
    EXACT,
    /** The folded input is one of the place's UN/LOCODEs. */
    LOCODE,
    /** The part before a comma or parenthesis is a name ("Dandong, Liaoning", "Sinuiju (KP)"). */
    QUALIFIER_DROPPED,
    /** A name once a prefix or suffix is dropped ("Port of Nampo", "丹东港", "Sinuiju-si"). */
    AFFIX_DROPPED,
    /** Same Korean romanization key as a name (McCune–Reischauer, DPRK, RR, Hangul); ROMANIZED only. */
    KOREAN_KEY,
    /** Same Chinese romanization key as a name (Pinyin, Wade–Giles); ROMANIZED only. */
    CHINESE_KEY,
    /** Same Japanese romanization key as a name (Hepburn, Kunrei); ROMANIZED only. */
    JAPANESE_KEY
  }

  /**
   * @throws NullPointerException if input, place or how is null
   */
  public Match {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(how, "how");
  }

  /** Whether the input was a name of the place as written (after case and accent folding). */
  public boolean isExact() {
    return how == How.EXACT || how == How.LOCODE;
  }

  /** The other place the matched name also denotes, if it is a homograph. */
  public Optional<String> homograph() {
    return name == null ? Optional.empty() : name.homograph();
  }
}
