package org.kenmon.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kenmon.goods.Classification.Method;
import org.kenmon.hs.HsCode;

class ClassificationTest {
  private static final HsCode LAPTOP = HsCode.parse("8471.30");

  @Test
  void constructor_rejectsBrokenInvariants() {
    assertThatThrownBy(
            () ->
                new Classification(
                    LAPTOP, 1.2, Method.LEXICON, null, null, List.of(), false, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.2");
    assertThatThrownBy(
            () ->
                new Classification(
                    null, 0.5, Method.LEXICON, null, null, List.of(), false, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LEXICON");
    assertThatThrownBy(
            () ->
                new Classification(
                    LAPTOP, 0.5, Method.UNCLASSIFIED, null, null, List.of(), false, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Classification(
                    null, 0.1, Method.UNCLASSIFIED, null, null, List.of(), false, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.1");
    assertThatThrownBy(
            () ->
                new Classification(
                    LAPTOP, 0.5, Method.LEXICON, "Sony", null, List.of(), false, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Sony");
  }

  @Test
  void constructor_copiesLists() {
    List<String> evidence = new ArrayList<>(List.of("term"));
    Classification c =
        new Classification(
            LAPTOP,
            0.95,
            Method.LEXICON,
            "Toshiba",
            "JP",
            List.of("jp-luxury-2006"),
            true,
            evidence);
    evidence.add("later");
    assertThat(c.evidence()).containsExactly("term");
    assertThat(c.needsReview()).isFalse();
    assertThat(
            new Classification(
                    null, 0, Method.UNCLASSIFIED, null, null, List.of(), false, List.of())
                .needsReview())
        .isTrue();
  }
}
