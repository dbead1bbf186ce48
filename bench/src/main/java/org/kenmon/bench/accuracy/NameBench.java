package org.kenmon.bench.accuracy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.kenmon.bench.BenchData;
import org.kenmon.bench.Md;
import org.kenmon.match.score.NameComparer;
import org.kenmon.match.score.PreparedName;
import org.kenmon.match.score.TokenWeights;

/**
 * Precision, recall and F1 of {@link NameComparer} on nomenklatura's hard name benchmark ({@code
 * contrib/name_bench/cases.csv}, 826 hand-labelled pairs): each pair is scored name1 (as the
 * query) against name2 (as the list name), once with the token weights of the UN + OFAC SDN 2021
 * index (what screening uses) and once with {@link TokenWeights#UNIFORM}. Only names are compared:
 * no dates, countries or types.
 *
 * <p>Run from the repository root after {@code mvn -B -DskipTests package}:
 *
 * <pre>
 * java -cp "bench/target/kenmon-bench.jar:bench/target/lib/*" org.kenmon.bench.accuracy.NameBench [cases.csv]
 * </pre>
 *
 * It prints the table and writes the misses at the best-F1 threshold to {@code
 * bench/target/name-bench-errors.csv}.
 */
public final class NameBench {
  /** The cases file, relative to {@code shared/data/lists/}. */
  public static final String CASES = "labelled_pairs/nomenklatura_name_bench_cases.csv";

  /** One labelled pair. */
  public record Case(String group, String schema, String name1, String name2, boolean match, String quality,
      String category, String notes) {}

  /** A pair with its score under realistic and uniform weights. */
  public record Scored(Case c, double realistic, double uniform) {}

  private final List<Scored> scored;
  private final TokenWeights weights;

  private NameBench(List<Scored> scored, TokenWeights weights) {
    this.scored = List.copyOf(scored);
    this.weights = weights;
  }

  /** Scores every case with {@code realistic} weights and with uniform ones. */
  public static NameBench run(Path cases, TokenWeights realistic) {
    List<Scored> out = new ArrayList<>();
    for (Case c : read(cases)) {
      out.add(new Scored(c, score(c, realistic), score(c, TokenWeights.UNIFORM)));
    }
    return new NameBench(out, realistic);
  }

  private static double score(Case c, TokenWeights w) {
    return NameComparer.score(PreparedName.of(c.name1(), w), PreparedName.of(c.name2(), w));
  }

  static List<Case> read(Path file) {
    List<Case> cases = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(file, StandardCharsets.UTF_8)) {
      for (NamedCsvRecord rec : r) {
        cases.add(new Case(rec.getField("case_group"), rec.getField("schema"), rec.getField("name1"),
            rec.getField("name2"), Boolean.parseBoolean(rec.getField("is_match")), rec.getField("quality"),
            rec.getField("category"), rec.getField("notes")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return cases;
  }

  public List<Scored> scored() {
    return scored;
  }

  /** The decisions at threshold {@code t} on the pairs of one slice. */
  public Confusion at(double t, boolean uniform, Predicate<Scored> slice) {
    Confusion c = Confusion.EMPTY;
    for (Scored s : scored) {
      if (slice.test(s)) {
        c = c.add((uniform ? s.uniform() : s.realistic()) >= t, s.c().match());
      }
    }
    return c;
  }

  public Confusion at(double t, boolean uniform) {
    return at(t, uniform, s -> true);
  }

  /** The grid threshold with the best F1 on a slice (the lowest one on ties). */
  public double bestThreshold(boolean uniform, Predicate<Scored> slice) {
    double best = Grid.THRESHOLDS[0];
    double bestF1 = -1;
    for (double t : Grid.THRESHOLDS) {
      double f1 = at(t, uniform, slice).f1();
      if (f1 > bestF1 + 1e-12) {
        best = t;
        bestF1 = f1;
      }
    }
    return best;
  }

  /** The full curve: P/R/F1 at every grid threshold, realistic and uniform weights. */
  public String curve() {
    StringBuilder s = new StringBuilder(Md.header("threshold", "P", "R", "F1", "P uniform", "R uniform",
        "F1 uniform"));
    for (double t : Grid.THRESHOLDS) {
      Confusion r = at(t, false);
      Confusion u = at(t, true);
      s.append(Md.row(Md.f2(t), Md.f3(r.precision()), Md.f3(r.recall()), Md.f3(r.f1()), Md.f3(u.precision()),
          Md.f3(u.recall()), Md.f3(u.f1())));
    }
    return s.toString();
  }

  /** P/R/F1 at {@code t} for each value of a field (schema or case group), with each slice's best. */
  public String breakdown(String field, Function<Case, String> key, double t) {
    StringBuilder s = new StringBuilder(Md.header(field, "pairs", "matches", "P", "R", "F1", "F1 uniform",
        "best threshold (F1)"));
    for (String k : new TreeSet<>(scored.stream().map(x -> key.apply(x.c())).toList())) {
      Predicate<Scored> slice = x -> key.apply(x.c()).equals(k);
      Confusion c = at(t, false, slice);
      double best = bestThreshold(false, slice);
      s.append(Md.row(k, c.total(), c.tp() + c.fn(), Md.f3(c.precision()), Md.f3(c.recall()), Md.f3(c.f1()),
          Md.f3(at(t, true, slice).f1()), Md.f2(best) + " (" + Md.f3(at(best, false, slice).f1()) + ")"));
    }
    return s.toString();
  }

  /** The misses at {@code t}: false negatives lowest score first, then false positives highest first. */
  public List<Scored> errors(double t) {
    List<Scored> fn = new ArrayList<>(scored.stream().filter(s -> s.c().match() && s.realistic() < t).toList());
    fn.sort(Comparator.comparingDouble(Scored::realistic));
    List<Scored> fp = new ArrayList<>(scored.stream().filter(s -> !s.c().match() && s.realistic() >= t).toList());
    fp.sort(Comparator.comparingDouble(Scored::realistic).reversed());
    fn.addAll(fp);
    return fn;
  }

  /** How the comparer aligned a pair, for the errors file. */
  public String explain(Case c) {
    return NameComparer.compare(PreparedName.of(c.name1(), weights), PreparedName.of(c.name2(), weights)).explain();
  }

  /** Writes {@link #errors} at {@code t} as CSV. */
  public void writeErrors(double t, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          CsvWriter csv = CsvWriter.builder().build(w)) {
        csv.writeRecord("error", "score", "score_uniform", "case_group", "schema", "name1", "name2", "quality",
            "category", "notes", "alignment");
        for (Scored s : errors(t)) {
          Case c = s.c();
          csv.writeRecord(c.match() ? "FN" : "FP", Md.f3(s.realistic()), Md.f3(s.uniform()), c.group(), c.schema(),
              c.name1(), c.name2(), c.quality(), c.category(), c.notes(), explain(c));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The whole section: curve, best thresholds, breakdowns at {@code t}. */
  public String report(double t) {
    double best = bestThreshold(false, x -> true);
    double bestUniform = bestThreshold(true, x -> true);
    Confusion c = at(t, false);
    return "Pairs: " + scored.size() + " (" + scored.stream().filter(s -> s.c().match()).count() + " matches). "
        + "Best F1 with index weights: " + Md.f3(at(best, false).f1()) + " at " + Md.f2(best)
        + "; with uniform weights: " + Md.f3(at(bestUniform, true).f1()) + " at " + Md.f2(bestUniform) + ".\n"
        + "At " + Md.f2(t) + ": P " + Md.f3(c.precision()) + ", R " + Md.f3(c.recall()) + ", F1 " + Md.f3(c.f1())
        + " (TP " + c.tp() + ", FP " + c.fp() + ", FN " + c.fn() + ", TN " + c.tn() + ").\n\n"
        + curve() + "\nBy schema, at " + Md.f2(t) + ":\n\n" + breakdown("schema", Case::schema, t)
        + "\nBy case group, at " + Md.f2(t) + ":\n\n" + breakdown("case group", Case::group, t);
  }

  public static void main(String[] args) {
    Path cases = args.length > 0 ? Path.of(args[0]) : BenchData.listsData(CASES);
    NameBench bench = run(cases, BenchData.index());
    double t = bench.bestThreshold(false, x -> true);
    System.out.println("## Name bench (" + cases + ")\n");
    System.out.println(bench.report(t));
    Path errors = BenchData.out("name-bench-errors.csv");
    bench.writeErrors(t, errors);
    System.out.println("Misses at " + Md.f2(t) + " written to " + errors);
  }
}
