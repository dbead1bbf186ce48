package org.kenmon.goods;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.kenmon.hs.HsCode;
import org.kenmon.problems.Problem;

/**
 * The multilingual product lexicon: terms in English, Japanese, Korean and Chinese, each naming a
 * concept (laptop, digital camera, beef…) with its HS 2022 code(s), confidence, status and source
 * ({@code products.csv}); the luxury categories each concept falls in by the category's published
 * wording ({@code categories.csv}); and qualifier words that make a description mean parts or toys
 * of the goods named ({@code qualifiers.csv}). Formats are in docs/goods.md.
 *
 * <p>Every HS code is checked against the nomenclature when the lexicon is read. Immutable.
 */
final class ProductLexicon {
  static final String PRODUCTS = "products.csv";
  static final String CATEGORY_FILE = "categories.csv";
  static final String QUALIFIERS = "qualifiers.csv";

  /** The controlled goods categories the classifier may report, in reporting order. */
  static final List<String> CATEGORIES =
      List.of(
          "jp-luxury-2006",
          "jp-luxury-2017",
          "un-luxury-2094-annex-iv",
          "un-luxury-2270",
          "un-luxury-2321");

  static final List<String> LANGUAGES = List.of("en", "ja", "ko", "zh");
  private static final Pattern CONCEPT_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** A category a concept falls in, by the wording of one of the category's items. */
  record CategoryLink(String category, String item, String note) {}

  /** What a term names: HS codes (first = the lexicon's choice), status and source. */
  record Concept(
      String id,
      List<HsCode> hs,
      boolean unconfirmed,
      String source,
      List<CategoryLink> categories) {
    HsCode primary() {
      return hs.get(0);
    }

    /** Whether a code lies inside one of ours or one of ours inside it. */
    boolean agrees(HsCode code) {
      for (HsCode c : hs) {
        if (c.contains(code) || code.contains(c)) {
          return true;
        }
      }
      return false;
    }
  }

  /** One lexicon row that made it into the automaton. */
  record Term(String text, String lang, Concept concept, double confidence, int line) {}

  enum QualifierKind {
    PART,
    IMITATION
  }

  record Qualifier(String text, String lang, QualifierKind kind) {}

  final List<Concept> concepts;

  /** The terms the automaton reports, by id; a term folding like an earlier one is not repeated. */
  final List<Term> terms;

  /** Every row of the file, including those folding like an earlier row (for coverage checks). */
  final List<Term> rows;

  final List<Qualifier> qualifiers;
  final TermAutomaton termAutomaton;
  final TermAutomaton qualifierAutomaton;
  private final Map<String, List<Concept>> byCode;

  private ProductLexicon(
      List<Concept> concepts,
      List<Term> terms,
      List<String> foldedTerms,
      List<Term> rows,
      List<Qualifier> qualifiers,
      List<String> foldedQualifiers) {
    this.concepts = List.copyOf(concepts);
    this.terms = List.copyOf(terms);
    this.rows = List.copyOf(rows);
    this.qualifiers = List.copyOf(qualifiers);
    this.termAutomaton = TermAutomaton.of(foldedTerms);
    this.qualifierAutomaton = TermAutomaton.of(foldedQualifiers);
    Map<String, List<Concept>> codes = new HashMap<>();
    for (Concept c : concepts) {
      for (HsCode code : c.hs()) {
        if (code.level() >= 4) {
          codes.computeIfAbsent(code.digits(), k -> new ArrayList<>()).add(c);
        }
      }
    }
    codes.replaceAll((k, v) -> List.copyOf(v));
    this.byCode = Map.copyOf(codes);
  }

  static ProductLexicon shipped(HsNomenclature hs) {
    ClassLoader cl = ProductLexicon.class.getClassLoader();
    String dir = HsNomenclature.RESOURCE_DIR;
    try (InputStream p = cl.getResourceAsStream(dir + PRODUCTS);
        InputStream c = cl.getResourceAsStream(dir + CATEGORY_FILE);
        InputStream q = cl.getResourceAsStream(dir + QUALIFIERS)) {
      return read(hs, PRODUCTS, p, CATEGORY_FILE, c, QUALIFIERS, q);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped product lexicon", e);
    }
  }

  /**
   * Reads the three lexicon files.
   *
   * @throws GoodsDataException naming file, line and field of every bad row
   */
  static ProductLexicon read(
      HsNomenclature hs,
      String productFile,
      InputStream products,
      String categoryFile,
      InputStream categories,
      String qualifierFile,
      InputStream qualifiers) {
    List<Problem> problems = new ArrayList<>();
    Csv table =
        Csv.read(
            productFile,
            products,
            true,
            "term",
            "lang",
            "concept",
            "hs",
            "confidence",
            "status",
            "source");
    problems.addAll(table.problems());
    Map<String, ConceptDraft> drafts = new LinkedHashMap<>();
    List<TermDraft> termDrafts = new ArrayList<>();
    Map<String, TermDraft> byFolded = new HashMap<>();
    for (Csv.Row row : table.rows()) {
      readTerm(hs, row, drafts, termDrafts, byFolded, problems);
    }
    Map<String, List<CategoryLink>> links =
        readCategories(categoryFile, categories, drafts, problems);
    List<Qualifier> quals = new ArrayList<>();
    List<String> foldedQuals = new ArrayList<>();
    readQualifiers(qualifierFile, qualifiers, quals, foldedQuals, problems);
    Csv.throwIfAny(problems);
    Map<String, Concept> concepts = new LinkedHashMap<>();
    drafts.forEach(
        (id, d) ->
            concepts.put(
                id,
                new Concept(id, d.hs, d.unconfirmed, d.source, links.getOrDefault(id, List.of()))));
    List<Term> terms = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    List<Term> rows = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (TermDraft t : termDrafts) {
      Term term = new Term(t.text, t.lang, concepts.get(t.concept), t.confidence, t.line);
      rows.add(term);
      if (seen.add(t.folded)) {
        terms.add(term);
        folded.add(t.folded);
      }
    }
    return new ProductLexicon(
        List.copyOf(concepts.values()), terms, folded, rows, quals, foldedQuals);
  }

  private static final class ConceptDraft {
    List<HsCode> hs;
    String hsText;
    boolean unconfirmed;
    String source;
    double confidence;
  }

  private record TermDraft(
      String text, String folded, String lang, String concept, double confidence, int line) {}

  private static void readTerm(
      HsNomenclature hs,
      Csv.Row row,
      Map<String, ConceptDraft> drafts,
      List<TermDraft> terms,
      Map<String, TermDraft> byFolded,
      List<Problem> problems) {
    String file = row.file();
    int line = row.line();
    int before = problems.size();
    String term = row.get(0);
    String lang = row.get(1);
    String id = row.get(2);
    String folded = GoodsText.fold(term);
    if (!LANGUAGES.contains(lang)) {
      problems.add(Csv.error(file, line, "lang", "\"" + lang + "\" is not one of " + LANGUAGES));
    } else if (!scriptFits(term, lang)) {
      problems.add(
          Csv.error(
              file,
              line,
              "term",
              "\""
                  + term
                  + "\" is not written in the script of "
                  + lang
                  + " (en: Latin only; ja: kana or kanji, no Hangul; ko: Hangul; zh: Han, no kana"
                  + " or Hangul)"));
    }
    if (folded.length() < 2) {
      problems.add(
          Csv.error(
              file, line, "term", "\"" + term + "\" is shorter than 2 characters once folded"));
    }
    if (!CONCEPT_ID.matcher(id).matches()) {
      problems.add(
          Csv.error(file, line, "concept", "\"" + id + "\" is not a lower-case [a-z0-9-] id"));
    }
    ConceptDraft d = drafts.get(id);
    boolean first = d == null;
    if (first) {
      d = new ConceptDraft();
      for (String f : new String[] {"hs", "confidence", "status", "source"}) {
        int col =
            List.of("term", "lang", "concept", "hs", "confidence", "status", "source").indexOf(f);
        if (row.get(col).isBlank()) {
          problems.add(
              Csv.error(file, line, f, "the first row of concept " + id + " must give " + f));
        }
      }
    }
    List<HsCode> codes = parseCodes(hs, row, problems);
    if (!row.get(3).isBlank() && !first && !row.get(3).equals(d.hsText)) {
      problems.add(
          Csv.error(
              file, line, "hs", "\"" + row.get(3) + "\" differs from the concept's " + d.hsText));
    }
    String status = row.get(5);
    if (!status.isBlank() && !status.equals("confirmed") && !status.equals("unconfirmed")) {
      problems.add(
          Csv.error(file, line, "status", "\"" + status + "\" is not confirmed or unconfirmed"));
    } else if (!status.isBlank() && !first && status.equals("unconfirmed") != d.unconfirmed) {
      problems.add(
          Csv.error(
              file, line, "status", "\"" + status + "\" differs from the concept's first row"));
    }
    double confidence = first ? Double.NaN : d.confidence;
    if (!row.get(4).isBlank()) {
      try {
        confidence = Double.parseDouble(row.get(4));
      } catch (NumberFormatException e) {
        confidence = Double.NaN;
      }
      if (!(confidence > 0 && confidence <= 1)) {
        problems.add(
            Csv.error(
                file, line, "confidence", "\"" + row.get(4) + "\" is not a number in (0, 1]"));
      }
    }
    if (problems.size() > before) {
      return;
    }
    if (first) {
      d.hs = codes;
      d.hsText = row.get(3);
      d.unconfirmed = status.equals("unconfirmed");
      d.source = row.get(6);
      d.confidence = confidence;
      drafts.put(id, d);
    }
    TermDraft seen = byFolded.get(folded);
    TermDraft t = new TermDraft(term, folded, lang, id, confidence, line);
    if (seen == null) {
      byFolded.put(folded, t);
      terms.add(t);
    } else if (seen.concept.equals(id) && seen.confidence == confidence) {
      terms.add(t);
    } else {
      problems.add(
          Csv.error(
              file,
              line,
              "term",
              "\""
                  + term
                  + "\" folds to \""
                  + folded
                  + "\", already defined on line "
                  + seen.line
                  + " ("
                  + seen.concept
                  + ", "
                  + seen.confidence
                  + ")"));
    }
  }

  private static List<HsCode> parseCodes(HsNomenclature hs, Csv.Row row, List<Problem> problems) {
    List<HsCode> codes = new ArrayList<>();
    if (row.get(3).isBlank()) {
      return codes;
    }
    for (String s : row.get(3).split("\\|", -1)) {
      if (!HsCode.isValid(s) || HsCode.parse(s).level() > 6) {
        problems.add(
            Csv.error(
                row.file(), row.line(), "hs", "\"" + s + "\" is not a 2-, 4- or 6-digit HS code"));
      } else if (!hs.exists(HsCode.parse(s))) {
        problems.add(Csv.error(row.file(), row.line(), "hs", "\"" + s + "\" is not in HS 2022"));
      } else {
        codes.add(HsCode.parse(s));
      }
    }
    return codes;
  }

  static boolean scriptFits(String term, String lang) {
    boolean han = false;
    boolean kana = false;
    boolean hangul = false;
    for (int i = 0; i < term.length(); i++) {
      int s = GoodsText.script(term.charAt(i));
      han |= s == 1;
      kana |= s == 2 || s == 3;
      hangul |= s == 4;
    }
    switch (lang) {
      case "en":
        return !han && !kana && !hangul;
      case "ja":
        return (han || kana) && !hangul;
      case "ko":
        return hangul;
      default:
        return han && !kana && !hangul;
    }
  }

  private static Map<String, List<CategoryLink>> readCategories(
      String file, InputStream in, Map<String, ConceptDraft> concepts, List<Problem> problems) {
    Csv table = Csv.read(file, in, true, "concept", "category", "item", "note");
    problems.addAll(table.problems());
    Map<String, List<CategoryLink>> links = new HashMap<>();
    for (Csv.Row row : table.rows()) {
      if (!concepts.containsKey(row.get(0))) {
        problems.add(
            Csv.error(file, row.line(), "concept", "unknown concept \"" + row.get(0) + "\""));
      } else if (!CATEGORIES.contains(row.get(1))) {
        problems.add(
            Csv.error(
                file,
                row.line(),
                "category",
                "\"" + row.get(1) + "\" is not one of " + CATEGORIES));
      } else if (row.get(2).isBlank()) {
        problems.add(
            Csv.error(file, row.line(), "item", "must quote the category item it rests on"));
      } else {
        List<CategoryLink> list = links.computeIfAbsent(row.get(0), k -> new ArrayList<>());
        if (list.stream().anyMatch(l -> l.category().equals(row.get(1)))) {
          problems.add(
              Csv.error(
                  file, row.line(), "category", "duplicate " + row.get(1) + " for " + row.get(0)));
        } else {
          list.add(new CategoryLink(row.get(1), row.get(2), row.get(3)));
        }
      }
    }
    links.replaceAll(
        (k, v) -> {
          v.sort((a, b) -> CATEGORIES.indexOf(a.category()) - CATEGORIES.indexOf(b.category()));
          return Collections.unmodifiableList(v);
        });
    return links;
  }

  private static void readQualifiers(
      String file,
      InputStream in,
      List<Qualifier> out,
      List<String> folded,
      List<Problem> problems) {
    Csv table = Csv.read(file, in, true, "term", "lang", "kind", "note");
    problems.addAll(table.problems());
    for (Csv.Row row : table.rows()) {
      String f = GoodsText.fold(row.get(0));
      QualifierKind kind =
          row.get(2).equals("part")
              ? QualifierKind.PART
              : row.get(2).equals("imitation") ? QualifierKind.IMITATION : null;
      if (kind == null) {
        problems.add(
            Csv.error(file, row.line(), "kind", "\"" + row.get(2) + "\" is not part or imitation"));
      } else if (!LANGUAGES.contains(row.get(1)) || !scriptFits(row.get(0), row.get(1))) {
        problems.add(
            Csv.error(
                file,
                row.line(),
                "lang",
                "\"" + row.get(1) + "\" does not fit \"" + row.get(0) + "\""));
      } else if (f.length() < 2 || folded.contains(f)) {
        problems.add(
            Csv.error(file, row.line(), "term", "\"" + row.get(0) + "\" is too short or repeated"));
      } else {
        out.add(new Qualifier(row.get(0), row.get(1), kind));
        folded.add(f);
      }
    }
  }

  /** Concepts one of whose codes (of 4 digits or more) contains the code: 8703 for 8703.23. */
  List<Concept> conceptsContaining(HsCode code) {
    List<Concept> found = new ArrayList<>(2);
    for (int level = 4; level <= Math.min(6, code.level()); level += 2) {
      for (Concept c : byCode.getOrDefault(code.truncate(level).digits(), List.of())) {
        if (!found.contains(c)) {
          found.add(c);
        }
      }
    }
    return found;
  }
}
