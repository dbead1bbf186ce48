package org.kenmon.goods;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kenmon.hs.HsCode;

/**
 * Reads one description against the product lexicon and the brand list: which term names the goods
 * (the head), how far to trust it, and which brand is named.
 *
 * <p>The head is the last term before an English "for", "with", "including" (descriptions put the
 * goods first and accessories or purpose after those words), and otherwise the last term: English,
 * Japanese, Korean and Chinese noun phrases all end in their head ("leather bag", "ノートパソコン用バッグ",
 * "노트북 가방", "笔记本电脑包"). Then:
 *
 * <ul>
 *   <li>a term right before the head is read as its modifier ("gold watch") and changes nothing;
 *   <li>another term elsewhere with an unrelated code means mixed or ambiguous goods: confidence
 *       capped at {@value #MIXED_CAP};
 *   <li>a qualifier after the head ("laptop parts", "camera battery", "toy car"), or a head found
 *       only after "for" ("case for laptop"), halves the confidence: the goods may be parts,
 *       accessories or toys, which HS classifies elsewhere.
 * </ul>
 *
 * <p>Stateless apart from its immutable lexicons; safe to share between threads.
 */
final class DescriptionReader {
  static final double MIXED_CAP = 0.55;
  static final double QUALIFIER_FACTOR = 0.5;

  /** Chapters where an ambiguous brand word (Apple, Sharp, 兄弟) is read as the brand. */
  private static final String MANUFACTURED = "84 85 90 91 92 95";

  private static final String[] CUT_WORDS = {"for", "with", "including", "incl", "plus"};
  private static final String CONNECTORS = "用の의的之";

  /** What a description says. {@code head} is null when no lexicon term matched. */
  record Reading(
      GoodsText text,
      ProductLexicon.Term head,
      List<ProductLexicon.Term> sameGoods,
      double confidence,
      boolean partQualifier,
      Brand brand,
      int brandStart,
      int brandEnd,
      List<String> evidence) {}

  private final ProductLexicon lexicon;
  private final BrandLexicon brands;

  DescriptionReader(ProductLexicon lexicon, BrandLexicon brands) {
    this.lexicon = lexicon;
    this.brands = brands;
  }

  Reading read(String description) {
    GoodsText t = GoodsText.of(description);
    List<String> evidence = new ArrayList<>(6);
    TermAutomaton.Hits p = new TermAutomaton.Hits();
    lexicon.termAutomaton.scan(t.chars, t.length, p);
    p.retain((term, start, end) -> latinBounded(t, start, end));
    p.longestNonOverlapping();
    int cut = cut(t);
    int head = -1;
    for (int i = 0; i < p.size; i++) {
      if (p.end[i] <= cut) {
        head = i;
      }
    }
    boolean afterCut = false;
    if (head < 0 && p.size > 0) {
      head = 0;
      afterCut = true;
    }
    head = narrower(p, head, afterCut ? t.length : cut);
    ProductLexicon.Term term = head < 0 ? null : lexicon.terms.get(p.term[head]);
    List<ProductLexicon.Term> same = new ArrayList<>(2);
    double confidence = 0;
    boolean part = false;
    if (term != null) {
      confidence = term.confidence();
      evidence.add(describe(term, confidence));
      if (afterCut) {
        confidence *= QUALIFIER_FACTOR;
        evidence.add(
            "\""
                + term.text()
                + "\" comes only after \""
                + word(t, cut)
                + "\": the goods may be for it rather than it; confidence halved");
      }
      int q = qualifier(t, p.start[head], p.end[head], cut, afterCut);
      if (q >= 0) {
        ProductLexicon.Qualifier qual = lexicon.qualifiers.get(q);
        part = qual.kind() == ProductLexicon.QualifierKind.PART;
        if (!afterCut) {
          confidence *= QUALIFIER_FACTOR;
        }
        evidence.add(
            "\""
                + qual.text()
                + "\" qualifies \""
                + term.text()
                + "\": the goods may be "
                + (part ? "parts or accessories of it" : "a toy, model or imitation of it")
                + ", which HS classifies elsewhere; confidence halved");
      }
      confidence = others(t, p, head, cut, afterCut, term, confidence, evidence, same);
    }
    int[] where = {0, 0};
    Brand brand = brand(description, t, p, head, term, evidence, where);
    return new Reading(t, term, same, confidence, part, brand, where[0], where[1], evidence);
  }

  private static String describe(ProductLexicon.Term term, double confidence) {
    ProductLexicon.Concept c = term.concept();
    StringBuilder s =
        new StringBuilder("term \"")
            .append(term.text())
            .append("\" (")
            .append(term.lang())
            .append(") names ")
            .append(c.id())
            .append(": HS ")
            .append(c.primary());
    if (c.hs().size() > 1) {
      s.append(" (or ");
      for (int i = 1; i < c.hs().size(); i++) {
        s.append(i > 1 ? ", " : "").append(c.hs().get(i));
      }
      s.append(')');
    }
    s.append(", lexicon confidence ").append(confidence);
    s.append(c.unconfirmed() ? "; the heading is a judgement, UNCONFIRMED: " : "; source: ")
        .append(c.source());
    return s.toString();
  }

  /**
   * Caps the confidence when other, unrelated goods are named; adds evidence for the others and
   * collects the terms that name the same goods ("lead crystal" in "lead crystal wine glasses").
   */
  private double others(
      GoodsText t,
      TermAutomaton.Hits p,
      int head,
      int cut,
      boolean afterCut,
      ProductLexicon.Term term,
      double confidence,
      List<String> evidence,
      List<ProductLexicon.Term> same) {
    for (int i = 0; i < p.size; i++) {
      if (i == head || !afterCut && p.start[i] >= cut) {
        continue;
      }
      ProductLexicon.Term other = lexicon.terms.get(p.term[i]);
      boolean related =
          other.concept() == term.concept()
              || other.concept().hs().stream().anyMatch(term.concept()::agrees);
      boolean modifier = i == head - 1 && modifies(t, p.end[i], p.start[head]);
      if (related) {
        same.add(other);
      }
      if (related || modifier) {
        evidence.add(
            "\""
                + other.text()
                + "\" ("
                + other.concept().id()
                + ") read as "
                + (related ? "the same goods" : "a modifier of \"" + term.text() + "\""));
      } else if (confidence > MIXED_CAP) {
        confidence = MIXED_CAP;
        evidence.add(
            "the description also names \""
                + other.text()
                + "\" ("
                + other.concept().id()
                + ", HS "
                + other.concept().primary()
                + "): mixed or ambiguous goods; confidence capped at "
                + MIXED_CAP);
      } else {
        evidence.add(
            "the description also names \""
                + other.text()
                + "\" ("
                + other.concept().id()
                + ", HS "
                + other.concept().primary()
                + ")");
      }
    }
    return confidence;
  }

  /**
   * A term that names the head's goods more narrowly ("anthracite" in "anthracite coal": 2701.11
   * inside 2701) becomes the head; otherwise the head stays.
   */
  private int narrower(TermAutomaton.Hits p, int head, int cut) {
    if (head < 0) {
      return head;
    }
    int best = head;
    for (int i = 0; i < p.size; i++) {
      HsCode code = lexicon.terms.get(p.term[i]).concept().primary();
      HsCode current = lexicon.terms.get(p.term[best]).concept().primary();
      if (i != best
          && p.end[i] <= cut
          && code.level() > current.level()
          && lexicon.terms.get(p.term[best]).concept().agrees(code)) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Whether a term ending at {@code end} modifies a head starting at {@code headStart}: nothing but
   * a space, a hyphen or one connector (用 "for", の, 의, 的, 之 "of") between them, and no list
   * punctuation ("laptops, cameras" names two goods).
   */
  private static boolean modifies(GoodsText t, int end, int headStart) {
    if (t.sep[headStart] == GoodsText.HARD) {
      return false;
    }
    if (end == headStart) {
      return true;
    }
    if (end + 1 != headStart) {
      return false;
    }
    char c = t.chars[end];
    return (c == ' ' || CONNECTORS.indexOf(c) >= 0) && t.sep[end] != GoodsText.HARD;
  }

  /** The id of the first qualifier that bears on the head, or -1. */
  private int qualifier(GoodsText t, int headStart, int headEnd, int cut, boolean afterCut) {
    TermAutomaton.Hits q = new TermAutomaton.Hits();
    lexicon.qualifierAutomaton.scan(t.chars, t.length, q);
    for (int i = 0; i < q.size; i++) {
      if (!latinBounded(t, q.start[i], q.end[i]) || q.end[i] > headStart && q.start[i] < headEnd) {
        continue;
      }
      // Parts follow what they belong to ("laptop parts", "汽车零件"); toys precede what they
      // imitate ("toy car", "玩具汽车") or follow it ("car toy").
      boolean imitation =
          lexicon.qualifiers.get(q.term[i]).kind() == ProductLexicon.QualifierKind.IMITATION;
      boolean afterHead = q.start[i] >= headEnd && q.end[i] <= cut;
      boolean beforeCut = (afterCut || imitation) && q.end[i] <= Math.max(cut, headStart);
      if (afterHead || beforeCut) {
        return q.term[i];
      }
    }
    return -1;
  }

  private Brand brand(
      String original,
      GoodsText t,
      TermAutomaton.Hits p,
      int head,
      ProductLexicon.Term term,
      List<String> evidence,
      int[] where) {
    TermAutomaton.Hits b = brands.find(t);
    Brand found = null;
    for (int i = 0; i < b.size; i++) {
      int alias = b.term[i];
      if (head >= 0 && b.end[i] > p.start[head] && b.start[i] < p.end[head]) {
        continue;
      }
      if (brands.isWordAlias(alias) && !wordAliasCounts(original, brands.aliasOf(alias), term)) {
        continue;
      }
      Brand brand = brands.brandOf(alias);
      if (found == null) {
        found = brand;
        where[0] = b.start[i];
        where[1] = b.end[i];
        evidence.add(
            "brand "
                + brand.name()
                + " ("
                + brand.country()
                + ") from \""
                + brands.aliasOf(alias)
                + "\"");
      } else if (!brand.equals(found)) {
        evidence.add(
            "the description also names brand "
                + brand.name()
                + " ("
                + brand.country()
                + "); the first one is reported");
      }
    }
    return found;
  }

  private static boolean wordAliasCounts(String original, String alias, ProductLexicon.Term head) {
    if (head != null) {
      return MANUFACTURED.contains(head.concept().primary().chapter().digits());
    }
    if (!GoodsText.isLatin(Character.toLowerCase(alias.charAt(0)))) {
      return false;
    }
    for (int i = 0; i + alias.length() <= original.length(); i++) {
      int end = i + alias.length();
      if (Character.isUpperCase(original.charAt(i))
          && original.regionMatches(true, i, alias, 0, alias.length())
          && (i == 0 || !Character.isLetterOrDigit(original.charAt(i - 1)))
          && (end == original.length() || !Character.isLetterOrDigit(original.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** Latin ends of a term must be word ends; CJK ends need nothing. */
  static boolean latinBounded(GoodsText t, int start, int end) {
    boolean before =
        !GoodsText.isLatin(t.chars[start]) || start == 0 || !GoodsText.isLatin(t.chars[start - 1]);
    boolean after =
        !GoodsText.isLatin(t.chars[end - 1]) || end == t.length || !GoodsText.isLatin(t.chars[end]);
    return before && after;
  }

  /** Start of the first English cut word ("for", "with"…) after some other word, or the length. */
  static int cut(GoodsText t) {
    for (int i = 1; i < t.length; i++) {
      if (t.chars[i - 1] != ' ') {
        continue;
      }
      for (String w : CUT_WORDS) {
        int end = i + w.length();
        if (end <= t.length
            && (end == t.length || !GoodsText.isLatin(t.chars[end]))
            && regionEquals(t.chars, i, w)) {
          return i;
        }
      }
    }
    return t.length;
  }

  private static boolean regionEquals(char[] a, int from, String w) {
    for (int k = 0; k < w.length(); k++) {
      if (a[from + k] != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static String word(GoodsText t, int at) {
    int end = at;
    while (end < t.length && GoodsText.isLatin(t.chars[end])) {
      end++;
    }
    return new String(t.chars, at, end - at).toLowerCase(Locale.ROOT);
  }

  static boolean sameChapter(HsCode a, HsCode b) {
    return a.chapter().equals(b.chapter());
  }
}
