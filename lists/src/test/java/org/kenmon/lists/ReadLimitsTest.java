package org.kenmon.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadLimitsTest {

  @Test
  void defaults_areTheDocumentedValues() {
    ReadLimits d = ReadLimits.defaults();
    assertThat(d.maxFileBytes()).isEqualTo(256L * 1024 * 1024);
    assertThat(d.maxEntries()).isEqualTo(1_000_000);
    assertThat(d.maxXmlDepth()).isEqualTo(32);
    assertThat(d.maxTextChars()).isEqualTo(1_000_000);
    assertThat(d.maxProblems()).isEqualTo(10_000);
  }

  @Test
  void withers_changeOneLimitOnly() {
    ReadLimits l = ReadLimits.defaults().withMaxXmlDepth(4).withMaxEntries(7);
    assertThat(l).isEqualTo(new ReadLimits(256L << 20, 7, 4, 1_000_000, 10_000));
    assertThat(ReadLimits.defaults().maxXmlDepth()).isEqualTo(32);
  }

  @Test
  void constructor_nonPositiveLimit_namesTheSetting() {
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxTextChars(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ReadLimits.maxTextChars must be positive, not 0");
    assertThatThrownBy(() -> ReadLimits.defaults().withMaxFileBytes(-1))
        .hasMessageContaining("maxFileBytes");
  }
}
