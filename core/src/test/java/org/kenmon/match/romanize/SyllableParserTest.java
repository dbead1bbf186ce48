package org.kenmon.match.romanize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How long a key takes: words that parse nowhere must not cost exponential time. */
class SyllableParserTest {
  /** Forty letters that split into syllables many ways, none of which reaches the final x. */
  private static final String DEAD_END = "aeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeaeax";

  @Test
  void key_wordWithManyDeadEnds_isQuick() {
    // Before failed positions were remembered, this took about half a second a scheme.
    assertTimeoutPreemptively(Duration.ofMillis(500), () -> {
      for (int i = 0; i < 100; i++) {
        assertThat(KoreanRomanization.key(DEAD_END)).isNull();
        assertThat(JapaneseRomanization.key(DEAD_END)).isNull();
        assertThat(ChineseRomanization.key(DEAD_END)).isNull();
      }
    });
  }

  @Test
  void key_sameParseAsBefore_whenLaterSyllablesBacktrack() {
    // Parses that back out of a syllable and try a coda: the first parse found is kept.
    assertThat(KoreanRomanization.key("mohammedalirahman")).isEqualTo("mohammetaninaman");
    assertThat(KoreanRomanization.key("tongmyong")).isEqualTo(KoreanRomanization.key("dongmyeong"));
  }
}
