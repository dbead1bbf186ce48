package org.kenmon.bench.ledger;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.kenmon.goods.Brand;
import org.kenmon.goods.BrandLexicon;

/**
 * The goods a ledger's lines describe: a catalogue of distinct descriptions, drawn Zipf-like as
 * a trading house ships the same articles again and again. Most come from Kenmon's product
 * lexicon (English, Japanese, Korean or Chinese terms, with a brand in the same script for
 * manufactured goods: "Toshiba notebook PC", "ソニー デジタルカメラ", "삼성 냉장고"); the rest are HS
 * 2022 subheading texts as a customs broker would copy them. About half declare an HS code, as
 * written in the wild: "847130", "8471.30", "84713000".
 */
final class GoodsCatalogue {
  /** One catalogue article: how it is described, the code declared (or null), where brands make it. */
  record Article(String description, String hs, String origin) {}

  private record Term(String text, String lang, String hs) {}

  private static final String PRODUCTS = "/org/kenmon/shipped/goods/products.csv";
  private static final String NOMENCLATURE = "/org/kenmon/shipped/goods/harmonized-system.csv.gz";
  private static final String[] QUALIFIERS = {"", "", "", " 42 inch", " model X-200", " EOS", " (new)", " 2 units/set",
      " for export", " grade A", " 500 pcs", " deluxe", " spare parts"};
  private static final String[] ORIGINS = {"JP", "CN", "KR", "US", "DE", "TH", "VN", "RU", "KP", "TW"};

  private final List<Article> articles;
  private final Zipf rank;

  GoodsCatalogue(int size, double zipfS, long seed) {
    List<Term> terms = terms();
    List<String[]> subheadings = subheadings();
    List<Brand> brands = BrandLexicon.shipped().brands();
    SplittableRandom r = new SplittableRandom(seed);
    List<Article> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(r.nextInt(10) < 7 ? fromLexicon(terms, brands, r) : fromNomenclature(subheadings, r));
    }
    this.articles = List.copyOf(out);
    this.rank = new Zipf(size, zipfS);
  }

  Article next(SplittableRandom r) {
    return articles.get(rank.next(r));
  }

  int size() {
    return articles.size();
  }

  private static Article fromLexicon(List<Term> terms, List<Brand> brands, SplittableRandom r) {
    Term t = terms.get(r.nextInt(terms.size()));
    String origin = ORIGINS[r.nextInt(ORIGINS.length)];
    String description = t.text();
    if (t.hs() != null && manufactured(t.hs()) && r.nextInt(3) > 0) {
      Brand b = brands.get(r.nextInt(brands.size()));
      String alias = aliasFor(b, t.lang(), r);
      if (alias != null) {
        description = alias + (t.lang().equals("en") || t.lang().equals("ko") ? " " : "") + description;
        origin = b.country();
      }
    }
    description += t.lang().equals("en") ? QUALIFIERS[r.nextInt(QUALIFIERS.length)] : "";
    return new Article(description, r.nextBoolean() && t.hs() != null ? written(t.hs(), r) : null, origin);
  }

  private static Article fromNomenclature(List<String[]> subheadings, SplittableRandom r) {
    String[] s = subheadings.get(r.nextInt(subheadings.size()));
    return new Article(s[1], r.nextInt(10) < 6 ? written(s[0], r) : null, ORIGINS[r.nextInt(ORIGINS.length)]);
  }

  /** HS chapters of manufactured goods, where a brand belongs in the description. */
  private static boolean manufactured(String hs) {
    return hs.startsWith("84") || hs.startsWith("85") || hs.startsWith("90") || hs.startsWith("91")
        || hs.startsWith("95");
  }

  /** A code as declarants write it: plain, dotted after the heading, or padded to eight digits. */
  private static String written(String hs, SplittableRandom r) {
    int style = r.nextInt(4);
    if (style == 1 && hs.length() == 6) {
      return hs.substring(0, 4) + "." + hs.substring(4);
    }
    if (style == 2 && hs.length() == 6) {
      return hs + "00";
    }
    return hs;
  }

  private static String aliasFor(Brand b, String lang, SplittableRandom r) {
    List<String> fitting = new ArrayList<>();
    for (String a : b.aliases()) {
      if (b.wordAliases().contains(a)) {
        continue;
      }
      if (script(a).equals(lang) || lang.equals("ja") && script(a).equals("zh")) {
        fitting.add(a);
      }
    }
    return fitting.isEmpty() ? null : fitting.get(r.nextInt(fitting.size()));
  }

  /** "ko" for Hangul, "ja" for Kana, "zh" for Han, "en" for anything else. */
  private static String script(String s) {
    int c = s.codePointAt(0);
    if (c >= 0xAC00 && c <= 0xD7AF) {
      return "ko";
    }
    if (c >= 0x3040 && c <= 0x30FF) {
      return "ja";
    }
    if (c >= 0x4E00 && c <= 0x9FFF) {
      return "zh";
    }
    return "en";
  }

  /** The lexicon's terms, each with its concept's first HS code (inherited from the concept's first row). */
  private static List<Term> terms() {
    List<Term> out = new ArrayList<>();
    try (InputStream in = resource(PRODUCTS);
        CsvReader<CsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
            .ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String concept = null;
      String hs = null;
      for (CsvRecord rec : csv) {
        if (rec.getFieldCount() < 4 || rec.getField(0).equals("term")) {
          continue;
        }
        if (!rec.getField(2).equals(concept)) {
          concept = rec.getField(2);
          hs = null;
        }
        if (!rec.getField(3).isBlank()) {
          hs = rec.getField(3).split("\\|")[0];
        }
        out.add(new Term(rec.getField(0), rec.getField(1), hs));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PRODUCTS, e);
    }
    return out;
  }

  /** HS 2022 subheadings (six digits) and their texts. */
  private static List<String[]> subheadings() {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(resource(NOMENCLATURE));
        CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (CsvRecord rec : csv) {
        if (rec.getFieldCount() >= 5 && rec.getField(4).equals("6")) {
          out.add(new String[] {rec.getField(1), rec.getField(2)});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + NOMENCLATURE, e);
    }
    return out;
  }

  private static InputStream resource(String path) {
    InputStream in = GoodsCatalogue.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("no " + path + " on the classpath (it ships in kenmon-core)");
    }
    return in;
  }
}
