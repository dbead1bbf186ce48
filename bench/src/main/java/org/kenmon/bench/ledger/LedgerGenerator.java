package org.kenmon.bench.ledger;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.kenmon.bench.BenchData;
import org.kenmon.bench.accuracy.FalseAlerts;
import org.kenmon.entity.ListEntry;
import org.kenmon.entity.ListVersion;
import org.kenmon.lists.Countries;
import org.kenmon.lists.ShippedLists;
import org.kenmon.places.Gazetteer;

/**
 * Writes a realistic ledger for the screening throughput benchmark: {@code count} JSON Lines
 * records of the five types (docs/transactions.md), deterministic for a seed.
 *
 * <p>Counterparties ({@link Parties}): with names {@code repeat}, a population of 20,000 parties
 * (companies, people, banks, ships) of which 1.5 % are names from the lists screened against (UN
 * and OFAC SDN 2021, as listed or as variants), drawn Zipf-like with s = 1.1; with {@code unique},
 * every name is one not written before in the file. Made-up people come from yente's synthetic
 * negatives (recombined) and from Korean, Chinese and Japanese name parts; companies from place
 * names, syllables, lines of business and legal forms. Goods from the product lexicon and the HS
 * nomenclature ({@link GoodsCatalogue}), routes and ports from the gazetteer ({@link RouteBook}).
 * 0.5 % of records carry one deliberate fault ({@link Corruption}) and must be rejected.
 *
 * <p>Run from the repository root after {@code mvn -B -ntp -DskipTests -pl bench -am package}:
 *
 * <pre>
 * java -cp "bench/target/kenmon-bench.jar:bench/target/lib/*" org.kenmon.bench.ledger.LedgerGenerator \
 *     --count 1000000 --names repeat --seed 1 --out /tmp/ledger-1m-repeat.jsonl
 * </pre>
 *
 * Options: {@code --count N} (required), {@code --out FILE} (required), {@code --names
 * repeat|unique} (repeat), {@code --seed S} (1), {@code --population N} (20000), {@code
 * --list-share F} (0.015), {@code --zipf S} (1.1), {@code --bad F} (0.005), {@code --dprk F}
 * (0.06, the share of routes reaching the DPRK), {@code --goods N} (5000 catalogue articles),
 * {@code --lists un|un+ofac} (un+ofac; names are drawn from these).
 */
public final class LedgerGenerator {
  /** What a generator writes, for the summary and for checks. */
  public record Stats(long records, Map<String, Long> byType, Map<Corruption, Long> bad) {
    public long badTotal() {
      return bad.values().stream().mapToLong(Long::longValue).sum();
    }

    public String text() {
      return String.format(Locale.ROOT, "%,d records (%s), %,d deliberately bad %s", records, byType, badTotal(), bad);
    }
  }

  /** Generator settings; see the class comment for what each means. */
  public record Settings(long count, long seed, Parties.Mode names, int population, double listShare, double zipfS,
      double badShare, double dprkShare, int goods) {
    public static Settings of(long count, long seed, String names) {
      return new Settings(count, seed, Parties.Mode.valueOf(names.toUpperCase(Locale.ROOT)), 20_000, 0.015, 1.1,
          0.005, 0.06, 5_000);
    }
  }

  private final Settings settings;
  private final Records records;

  /**
   * @param listEntries entries whose names become the listed counterparties
   * @param people made-up people (yente rows), grouped by script
   */
  public LedgerGenerator(Settings settings, List<ListEntry> listEntries, List<List<YentePersonSpace.Row>> people) {
    this.settings = settings;
    Parties parties = new Parties(settings.names(), settings.population(), settings.listShare(), settings.zipfS(),
        new ListNames(listEntries), people, settings.seed());
    this.records = new Records(parties, new GoodsCatalogue(settings.goods(), 1.0, settings.seed() + 11),
        new RouteBook(Gazetteer.shipped(), settings.dprkShare()));
  }

  /** Writes {@code count} lines, each ending in a newline. */
  public Stats write(Writer out) throws IOException {
    SplittableRandom r = new SplittableRandom(settings.seed());
    Map<String, Long> byType = new TreeMap<>();
    Map<Corruption, Long> bad = new EnumMap<>(Corruption.class);
    Corruption[] kinds = Corruption.values();
    for (long n = 1; n <= settings.count(); n++) {
      Map<String, Object> t = records.next(n, r);
      byType.merge((String) t.get("type"), 1L, Long::sum);
      String line;
      if (r.nextDouble() < settings.badShare()) {
        Corruption c = kinds[r.nextInt(kinds.length)];
        bad.merge(c, 1L, Long::sum);
        line = c.apply(t);
      } else {
        line = Json.line(t);
      }
      out.write(line);
      out.write('\n');
    }
    return new Stats(settings.count(), byType, bad);
  }

  /** The entries of the lists named ({@code un} or {@code un+ofac}). */
  public static List<ListEntry> listEntries(String lists) {
    List<ListEntry> out = new ArrayList<>(ShippedLists.un().entries());
    if (lists.equals("un+ofac")) {
      ListVersion ofac = BenchData.ofac2021();
      out.addAll(ofac.entries());
    } else if (!lists.equals("un")) {
      throw new IllegalArgumentException("--lists must be un or un+ofac, not " + lists);
    }
    return out;
  }

  /**
   * yente's synthetic negatives (both files), grouped by the script of the family name; scripts
   * with fewer than {@code minPerScript} people are left out (too few to recombine).
   */
  public static List<List<YentePersonSpace.Row>> yentePeople(int minPerScript) {
    Map<Character.UnicodeScript, List<YentePersonSpace.Row>> byScript = new LinkedHashMap<>();
    for (String file : FalseAlerts.FILES) {
      Path path = BenchData.listsData(file);
      try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(path, StandardCharsets.UTF_8)) {
        for (NamedCsvRecord rec : csv) {
          String last = rec.getField("last_name").trim();
          if (last.isEmpty()) {
            continue;
          }
          String first = (rec.getField("first_name") + " " + rec.getField("middle_name")).trim();
          String dob = rec.findField("date_of_birth").orElse("");
          String nationality = Countries.byName(rec.findField("nationality").orElse("")).orElse(null);
          byScript.computeIfAbsent(Character.UnicodeScript.of(last.codePointAt(0)), s -> new ArrayList<>())
              .add(new YentePersonSpace.Row(first, last, dob.matches("\\d{4}-\\d{2}-\\d{2}") ? dob : null, nationality));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    }
    return byScript.values().stream().filter(l -> l.size() >= minPerScript).toList();
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> o = options(args);
    if (!o.containsKey("count") || !o.containsKey("out")) {
      System.err.println("usage: LedgerGenerator --count N --out FILE [--names repeat|unique] [--seed S] "
          + "[--population N] [--list-share F] [--zipf S] [--bad F] [--dprk F] [--goods N] [--lists un|un+ofac]");
      System.exit(2);
    }
    Settings s = new Settings(Long.parseLong(o.get("count").replace("_", "")), Long.parseLong(o.getOrDefault("seed", "1")),
        Parties.Mode.valueOf(o.getOrDefault("names", "repeat").toUpperCase(Locale.ROOT)),
        Integer.parseInt(o.getOrDefault("population", "20000")), Double.parseDouble(o.getOrDefault("list-share", "0.015")),
        Double.parseDouble(o.getOrDefault("zipf", "1.1")), Double.parseDouble(o.getOrDefault("bad", "0.005")),
        Double.parseDouble(o.getOrDefault("dprk", "0.06")), Integer.parseInt(o.getOrDefault("goods", "5000")));
    long started = System.nanoTime();
    LedgerGenerator g = new LedgerGenerator(s, listEntries(o.getOrDefault("lists", "un+ofac")), yentePeople(200));
    Path out = Path.of(o.get("out"));
    Stats stats;
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      stats = g.write(w);
    }
    System.err.printf(Locale.ROOT, "%s: %s; %,d bytes in %.1f s%n", out, stats.text(), Files.size(out),
        (System.nanoTime() - started) / 1e9);
  }

  /** {@code --key value} pairs. */
  static Map<String, String> options(String[] args) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      out.put(args[i].substring(2), args[++i]);
    }
    return out;
  }
}
