package org.kenmon.goods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kenmon.goods.Classification.Method;
import org.kenmon.hs.HsCode;

/**
 * Classifies goods for screening: a free-text description (English, Japanese, Korean or Chinese)
 * and/or a declared HS code in, a {@link Classification} out.
 *
 * <pre>{@code
 * GoodsClassifier goods = GoodsClassifier.shipped();
 * Classification c = goods.classify("Toshiba Dynabook notebook PC", null);
 * c.hs();          // 8471.30, method LEXICON, confidence 0.95, brand Toshiba (JP)
 * c.categories();  // [jp-luxury-2006]: "portable information devices", unconfirmed
 * goods.classify("ソニー デジタルカメラ", "8525.89").method();   // DECLARED_CONFIRMED
 * }</pre>
 *
 * <p>How confidence is set (docs/goods.md has the full table):
 *
 * <ul>
 *   <li>description only: the lexicon term's confidence (0.3 to 0.95, lower where the heading is a
 *       judgement or the term is vague), halved for parts/toys qualifiers, capped at 0.55 for mixed
 *       goods; with no term, the closest HS 2022 description gives at most 0.4; nothing gives
 *       UNCLASSIFIED at 0;
 *   <li>declared code only: {@value #DECLARED}; a well-formed code not in HS 2022: {@value
 *       #NOT_IN_HS2022}, with the reason;
 *   <li>both, agreeing: declared and description combined as independent evidence, {@code 1 - (1 -
 *       0.7)(1 - c)}; disagreeing: the declared code is kept with at most {@value
 *       DescriptionReader#MIXED_CAP}, always under {@link #REVIEW_BELOW}.
 * </ul>
 *
 * <p>Immutable and thread-safe; built once (about half a second, mostly ICU data and the
 * nomenclature index), then a classification takes a few microseconds.
 */
public final class GoodsClassifier {
  /**
   * Confidence under which screening must answer REVIEW, never a silent CLEAR: the code may be
   * wrong, so a measure that bites on the right code could be missed.
   */
  public static final double REVIEW_BELOW = 0.6;

  static final double DECLARED = 0.7;
  static final double NOT_IN_HS2022 = 0.5;

  private final HsNomenclature hs;
  private final ProductLexicon lexicon;
  private final DescriptionReader reader;
  private final NomenclatureIndex index;

  GoodsClassifier(HsNomenclature hs, ProductLexicon lexicon, BrandLexicon brands) {
    this.hs = hs;
    this.lexicon = lexicon;
    this.reader = new DescriptionReader(lexicon, brands);
    this.index = NomenclatureIndex.build(hs);
  }

  /**
   * The classifier over the shipped nomenclature, brands and product lexicon, built once per class
   * loader.
   *
   * @throws GoodsDataException if a shipped resource is damaged (a packaging fault)
   */
  public static GoodsClassifier shipped() {
    return Shipped.INSTANCE;
  }

  private static final class Shipped {
    static final GoodsClassifier INSTANCE =
        new GoodsClassifier(
            HsNomenclature.shipped(),
            ProductLexicon.shipped(HsNomenclature.shipped()),
            BrandLexicon.shipped());
  }

  /**
   * Classifies goods.
   *
   * @param description free text in English, Japanese, Korean or Chinese, or null
   * @param declaredHs the declared HS code (2 to 10 digits, dots allowed), or null
   * @throws IllegalArgumentException if both are null or blank, or if {@code declaredHs} is not a
   *     well-formed HS code (the message repeats it; rejecting such codes is the reader's job)
   */
  public Classification classify(String description, String declaredHs) {
    boolean hasText = description != null && !description.isBlank();
    boolean hasCode = declaredHs != null && !declaredHs.isBlank();
    if (!hasText && !hasCode) {
      throw new IllegalArgumentException(
          "classify needs a description or a declared HS code, got neither");
    }
    HsCode declared = hasCode ? HsCode.parse(declaredHs.strip()) : null;
    DescriptionReader.Reading r = hasText ? reader.read(description) : null;
    List<String> evidence = new ArrayList<>(r == null ? 4 : r.evidence().size() + 4);
    if (r != null) {
      evidence.addAll(r.evidence());
    }
    Map<String, String> categories = new LinkedHashMap<>();
    boolean unconfirmed = r != null && r.head() != null && r.head().concept().unconfirmed();
    if (r != null && r.head() != null) {
      addCategories(r.head().concept(), "\"" + r.head().text() + "\"", categories);
      for (ProductLexicon.Term same : r.sameGoods()) {
        addCategories(same.concept(), "\"" + same.text() + "\"", categories);
        unconfirmed |= same.concept().unconfirmed();
      }
    }
    Method method;
    HsCode code;
    double confidence;
    if (declared == null) {
      if (r.head() != null) {
        method = Method.LEXICON;
        code = r.head().concept().primary();
        confidence = r.confidence();
      } else {
        NomenclatureIndex.Hit hit = index.best(r.text(), r.brandStart(), r.brandEnd());
        if (hit != null) {
          method = Method.NOMENCLATURE;
          code = hit.code();
          confidence = fallbackConfidence(hit);
          evidence.add(
              "no lexicon term; closest HS 2022 description is "
                  + hit.code()
                  + " \""
                  + hs.description(hit.code()).orElse("")
                  + "\" (shared words "
                  + hit.shared()
                  + ", cosine "
                  + round(hit.score())
                  + "): a guess, confidence "
                  + round(confidence));
        } else {
          method = Method.UNCLASSIFIED;
          code = null;
          confidence = 0;
          evidence.add("no lexicon term and no close HS 2022 description: unclassified");
        }
      }
    } else {
      code = declared;
      boolean inHs = hs.exists(declared);
      double base = inHs ? DECLARED : NOT_IN_HS2022;
      Optional<String> absence = hs.absenceReason(declared);
      evidence.add(
          absence
              .map(a -> "declared " + a + "; confidence " + NOT_IN_HS2022)
              .orElseGet(
                  () ->
                      "declared HS "
                          + declared
                          + " (\""
                          + hs.description(declared).orElse("")
                          + "\")"));
      List<HsCode> asNow =
          inHs
              ? List.of(declared)
              : hs.formerCode(declared)
                  .map(HsNomenclature.FormerCode::successors)
                  .orElse(List.of());
      unconfirmed |=
          !inHs
              && hs.formerCode(declared).map(HsNomenclature.FormerCode::unconfirmed).orElse(false);
      if (r != null && r.head() != null) {
        ProductLexicon.Concept c = r.head().concept();
        boolean agree =
            asNow.stream()
                .anyMatch(
                    h ->
                        c.agrees(h)
                            || r.partQualifier() && DescriptionReader.sameChapter(h, c.primary()));
        if (agree) {
          method = Method.DECLARED_CONFIRMED;
          confidence = inHs ? 1 - (1 - base) * (1 - r.confidence()) : base;
          evidence.add(
              "the description agrees with the declared code ("
                  + c.id()
                  + ", "
                  + c.primary()
                  + "); confidence "
                  + round(confidence)
                  + (inHs
                      ? ": declared "
                          + base
                          + " and description "
                          + round(r.confidence())
                          + " combined as independent evidence"
                      : ": the code must be re-declared in HS 2022"));
        } else {
          method = Method.DECLARED_CONFLICT;
          confidence =
              Math.min(
                  Math.min(base, DescriptionReader.MIXED_CAP),
                  0.5 * (1 - r.confidence()) + shared(declared, c.primary()));
          evidence.add(
              "CONFLICT: the description points to "
                  + c.primary()
                  + " ("
                  + c.id()
                  + ", "
                  + round(r.confidence())
                  + "), not to the declared "
                  + declared
                  + sharedText(declared, c.primary())
                  + "; the declared code is kept with confidence "
                  + round(confidence));
          declaredCategories(asNow, categories, evidence);
        }
      } else {
        NomenclatureIndex.Hit hit =
            r == null ? null : index.best(r.text(), r.brandStart(), r.brandEnd());
        if (hit != null
            && asNow.stream().anyMatch(h -> h.contains(hit.code()) || hit.code().contains(h))) {
          method = Method.DECLARED_CONFIRMED;
          double weak = fallbackConfidence(hit);
          confidence = inHs ? 1 - (1 - base) * (1 - weak) : base;
          evidence.add(
              "the closest HS 2022 description ("
                  + hit.code()
                  + ", shared words "
                  + hit.shared()
                  + ") agrees with the declared code; confidence "
                  + round(confidence));
        } else {
          method = Method.DECLARED;
          confidence = base;
          if (hit != null) {
            evidence.add(
                "the closest HS 2022 description is "
                    + hit.code()
                    + " (shared words "
                    + hit.shared()
                    + "): too weak to contradict the declared code");
          }
        }
        declaredCategories(asNow, categories, evidence);
      }
    }
    for (Map.Entry<String, String> e : categories.entrySet()) {
      evidence.add(e.getValue());
    }
    unconfirmed |= !categories.isEmpty();
    if (confidence < REVIEW_BELOW) {
      evidence.add(
          "confidence "
              + round(confidence)
              + " is under "
              + REVIEW_BELOW
              + ": screening must answer REVIEW");
    }
    List<String> ids = new ArrayList<>(categories.size());
    for (String id : ProductLexicon.CATEGORIES) {
      if (categories.containsKey(id)) {
        ids.add(id);
      }
    }
    String brand = r == null || r.brand() == null ? null : r.brand().name();
    String country = brand == null ? null : r.brand().country();
    return new Classification(
        code, round(confidence), method, brand, country, ids, unconfirmed, evidence);
  }

  private void declaredCategories(
      List<HsCode> codes, Map<String, String> categories, List<String> evidence) {
    for (HsCode code : codes) {
      for (ProductLexicon.Concept c : lexicon.conceptsContaining(code)) {
        addCategories(c, "declared code " + code + " (lexicon code of " + c.id() + ")", categories);
      }
    }
  }

  private static void addCategories(ProductLexicon.Concept c, String why, Map<String, String> out) {
    for (ProductLexicon.CategoryLink link : c.categories()) {
      out.putIfAbsent(
          link.category(),
          "category "
              + link.category()
              + " (\""
              + link.item()
              + "\") from "
              + why
              + ": by the category's published wording; no source maps it to HS codes, UNCONFIRMED"
              + (link.note().isBlank() ? "" : "; " + link.note()));
    }
  }

  /** 0.2 when both codes share a heading, 0.1 a chapter, else 0. */
  private static double shared(HsCode a, HsCode b) {
    if (a.level() >= 4 && b.level() >= 4 && a.truncate(4).equals(b.truncate(4))) {
      return 0.2;
    }
    return a.chapter().equals(b.chapter()) ? 0.1 : 0;
  }

  private static String sharedText(HsCode a, HsCode b) {
    double s = shared(a, b);
    return s == 0.2
        ? " (same heading " + a.truncate(4) + ")"
        : s == 0.1 ? " (same chapter " + a.chapter() + ")" : "";
  }

  private static double fallbackConfidence(NomenclatureIndex.Hit hit) {
    return Math.min(0.4, 0.1 + 0.3 * hit.score());
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
