package org.kenmon.goods;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.kenmon.problems.Problem;

/**
 * The brands Kenmon recognises in goods descriptions, with their home countries and their names in
 * Latin, Japanese, Korean and Chinese scripts. The shipped list is {@code brands.csv} ({@code
 * brand,country,aliases,source,word_aliases}; aliases {@code |}-separated); it names no products:
 * which goods a brand makes is left to the description.
 *
 * <p>Detection inside a description is done by {@link GoodsClassifier}, which reports the brand in
 * {@link Classification#brand()}. Matching rules: Latin aliases must stand as whole words; katakana
 * and Hangul aliases must start a word (so デル is not found inside モデル, nor 델 inside 모델); Han
 * aliases are found anywhere, since Chinese and Japanese write no spaces.
 *
 * <p>Immutable and thread-safe.
 */
public final class BrandLexicon {
  static final String FILE = "brands.csv";
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private final List<Brand> brands;
  private final Map<String, Brand> byFolded;
  private final TermAutomaton automaton;
  private final Brand[] aliasBrand;
  private final String[] aliasText;
  private final boolean[] aliasIsWord;

  private BrandLexicon(
      List<Brand> brands,
      List<String> folded,
      List<Brand> owner,
      List<String> original,
      List<Boolean> word) {
    this.brands = List.copyOf(brands);
    this.byFolded = new HashMap<>();
    for (int i = 0; i < folded.size(); i++) {
      byFolded.put(folded.get(i), owner.get(i));
    }
    this.automaton = TermAutomaton.of(folded);
    this.aliasBrand = owner.toArray(new Brand[0]);
    this.aliasText = original.toArray(new String[0]);
    this.aliasIsWord = new boolean[word.size()];
    for (int i = 0; i < word.size(); i++) {
      aliasIsWord[i] = word.get(i);
    }
  }

  /**
   * The shipped brand list, read once per class loader.
   *
   * @throws GoodsDataException if the shipped resource is damaged (a packaging fault)
   */
  public static BrandLexicon shipped() {
    return Shipped.INSTANCE;
  }

  private static final class Shipped {
    static final BrandLexicon INSTANCE = load();

    private static BrandLexicon load() {
      try (InputStream in =
          BrandLexicon.class
              .getClassLoader()
              .getResourceAsStream(HsNomenclature.RESOURCE_DIR + FILE)) {
        return read(FILE, in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the shipped brand list", e);
      }
    }
  }

  /**
   * Reads a brand list.
   *
   * @throws GoodsDataException naming file, line and field of every bad row
   */
  static BrandLexicon read(String file, InputStream in) {
    Csv table = Csv.read(file, in, true, "brand", "country", "aliases", "source", "word_aliases");
    List<Problem> problems = new ArrayList<>(table.problems());
    List<Brand> brands = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    List<Brand> owner = new ArrayList<>();
    List<String> original = new ArrayList<>();
    List<Boolean> word = new ArrayList<>();
    Map<String, Integer> aliasLine = new HashMap<>();
    Set<String> names = new java.util.HashSet<>();
    for (Csv.Row row : table.rows()) {
      int before = problems.size();
      String name = row.get(0);
      if (name.isBlank() || !names.add(name.toLowerCase(Locale.ROOT))) {
        problems.add(
            Csv.error(
                file,
                row.line(),
                "brand",
                name.isBlank() ? "must not be empty" : "duplicate brand " + name));
      }
      if (!COUNTRY.matcher(row.get(1)).matches()) {
        problems.add(
            Csv.error(
                file,
                row.line(),
                "country",
                "\"" + row.get(1) + "\" is not an ISO 3166 alpha-2 code"));
      }
      if (!row.get(3).startsWith("https://")) {
        problems.add(
            Csv.error(file, row.line(), "source", "\"" + row.get(3) + "\" is not an https URL"));
      }
      Set<String> aliases = splitList(row.get(2));
      Set<String> wordAliases = splitList(row.get(4));
      boolean latin = false;
      for (String alias : aliases) {
        String f = GoodsText.fold(alias);
        latin |= !f.isEmpty() && GoodsText.isLatin(f.charAt(0));
        if (f.length() < 2) {
          problems.add(
              Csv.error(
                  file,
                  row.line(),
                  "aliases",
                  "alias \"" + alias + "\" is shorter than 2 characters once folded"));
        }
      }
      if (aliases.isEmpty() || !latin) {
        problems.add(
            Csv.error(
                file,
                row.line(),
                "aliases",
                "needs at least one Latin alias, got \"" + row.get(2) + "\""));
      }
      for (String w : wordAliases) {
        if (!aliases.contains(w)) {
          problems.add(
              Csv.error(
                  file, row.line(), "word_aliases", "\"" + w + "\" is not one of the aliases"));
        }
      }
      if (problems.size() > before) {
        continue;
      }
      Brand brand =
          new Brand(name, row.get(1), List.copyOf(aliases), List.copyOf(wordAliases), row.get(3));
      brands.add(brand);
      for (String alias : aliases) {
        String f = GoodsText.fold(alias);
        Integer seen = aliasLine.putIfAbsent(f, row.line());
        if (seen == null) {
          folded.add(f);
          owner.add(brand);
          original.add(alias);
          word.add(wordAliases.contains(alias));
        } else if (seen != row.line()) {
          problems.add(
              Csv.error(
                  file,
                  row.line(),
                  "aliases",
                  "alias \"" + alias + "\" already belongs to the brand on line " + seen));
        }
      }
    }
    Csv.throwIfAny(problems);
    return new BrandLexicon(brands, folded, owner, original, word);
  }

  private static Set<String> splitList(String field) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : field.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** Every brand, in file order. */
  public List<Brand> brands() {
    return brands;
  }

  /** The brand one of whose aliases is exactly this name, after folding ("TOSHIBA", "東芝"). */
  public Optional<Brand> byName(String name) {
    return Optional.ofNullable(byFolded.get(GoodsText.fold(name)));
  }

  /**
   * Finds alias occurrences in a folded description that respect word boundaries, overlapping ones
   * resolved longest first (セイコーエプソン is Epson, not Seiko).
   */
  TermAutomaton.Hits find(GoodsText text) {
    TermAutomaton.Hits hits = new TermAutomaton.Hits();
    automaton.scan(text.chars, text.length, hits);
    hits.retain((alias, start, end) -> boundaries(text, start, end));
    hits.longestNonOverlapping();
    return hits;
  }

  private static boolean boundaries(GoodsText text, int start, int end) {
    char first = text.chars[start];
    char last = text.chars[end - 1];
    int script = GoodsText.script(first);
    if ((script == 0 || script == 3 || script == 4) && !text.wordStart(start)) {
      return false;
    }
    return !GoodsText.isLatin(last) || end == text.length || !GoodsText.isLatin(text.chars[end]);
  }

  Brand brandOf(int alias) {
    return aliasBrand[alias];
  }

  String aliasOf(int alias) {
    return aliasText[alias];
  }

  boolean isWordAlias(int alias) {
    return aliasIsWord[alias];
  }
}
