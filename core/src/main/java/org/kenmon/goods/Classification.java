package org.kenmon.goods;

import java.util.List;
import java.util.Objects;
import org.kenmon.hs.HsCode;

/**
 * What {@link GoodsClassifier#classify} made of a description and/or a declared HS code.
 *
 * <p>Read it like this: {@code hs} is the code screening should use (the declared one whenever a
 * code was declared, even when the description disagrees); {@code confidence} is how far that code
 * can be trusted, and below {@link GoodsClassifier#REVIEW_BELOW} screening must answer REVIEW;
 * {@code categories} are the controlled luxury categories the goods may fall in; {@code
 * unconfirmed} says that the code or a category rests on a mapping no source read confirms (show it
 * to the officer); {@code evidence} says why, one line per fact.
 *
 * @param hs the HS code, or null when {@code method} is {@link Method#UNCLASSIFIED}
 * @param confidence in [0, 1]; 0 exactly when unclassified
 * @param method how the code was reached
 * @param brand the brand named in the description, or null
 * @param brandCountry the brand's home country (ISO 3166 alpha-2), null exactly when brand is
 * @param categories ids of the controlled goods categories the goods fall in (regime category ids
 *     such as {@code jp-luxury-2006}), in a fixed order; every one is an unconfirmed mapping
 * @param unconfirmed whether the code or a category rests on an unconfirmed mapping
 * @param evidence human-readable lines: terms matched, brand, declared code, why this confidence
 */
public record Classification(
    HsCode hs,
    double confidence,
    Method method,
    String brand,
    String brandCountry,
    List<String> categories,
    boolean unconfirmed,
    List<String> evidence) {

  /** How the code was reached. */
  public enum Method {
    /** The declared code, which the description neither confirms nor contradicts. */
    DECLARED,
    /** The declared code, and the description points to it (or to a code containing it). */
    DECLARED_CONFIRMED,
    /** The declared code is kept, but the description points elsewhere: confidence lowered. */
    DECLARED_CONFLICT,
    /** No code declared; a product lexicon term in the description gave the code. */
    LEXICON,
    /** No code declared, no lexicon term; the closest HS 2022 description gave a guess. */
    NOMENCLATURE,
    /** Nothing to go on: no code, no term, no close HS description. */
    UNCLASSIFIED
  }

  /**
   * Checks the invariants.
   *
   * @throws IllegalArgumentException if confidence is outside [0, 1], hs is null but the method is
   *     not UNCLASSIFIED (or the reverse), or only one of brand and brandCountry is given
   */
  public Classification {
    Objects.requireNonNull(method, "method");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
    if ((hs == null) != (method == Method.UNCLASSIFIED)) {
      throw new IllegalArgumentException("hs is " + hs + " but method is " + method);
    }
    if (method == Method.UNCLASSIFIED && confidence != 0) {
      throw new IllegalArgumentException(
          "an unclassified result has confidence 0, got " + confidence);
    }
    if ((brand == null) != (brandCountry == null)) {
      throw new IllegalArgumentException(
          "brand "
              + brand
              + " and brandCountry "
              + brandCountry
              + " must both be given or both be null");
    }
    categories = List.copyOf(categories);
    evidence = List.copyOf(evidence);
  }

  /** Whether screening must answer REVIEW because the confidence is under the threshold. */
  public boolean needsReview() {
    return confidence < GoodsClassifier.REVIEW_BELOW;
  }
}
