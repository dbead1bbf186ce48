package org.kenmon.bench.speed;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kenmon.bench.BenchData;
import org.kenmon.bench.RunInfo;
import org.kenmon.bench.ledger.LedgerGenerator;

/**
 * Throughput and memory of the real {@code kenmon screen}, run as a user runs it (a child JVM on
 * {@code cli/target/kenmon-cli.jar}), on generated ledgers ({@link LedgerGenerator}) of each size
 * and name mode, against the baseline in the same run: {@code kenmon screen --no-screen}, the same
 * pipeline with the judging left out. Baseline and screening alternate, so load from elsewhere on
 * the machine hits both alike; each run also records how much CPU other processes took meanwhile.
 * Parties are matched against the lists of {@code --lists}: {@code un}, the UN list shipped inside
 * Kenmon (what a user gets with no lists imported), or {@code un+ofac}, with OFAC SDN 2021 imported
 * into a data directory of the benchmark's own; the ledgers draw their listed names from the same
 * lists.
 *
 * <p>Run from the repository root after {@code mvn -B -ntp -DskipTests -pl cli,bench -am package}:
 *
 * <pre>
 * java -cp "bench/target/kenmon-bench.jar:bench/target/lib/*" org.kenmon.bench.speed.ScreenThroughput \
 *     --sizes 1000000,10000000 --modes repeat,unique --repeats 1
 * </pre>
 *
 * Options (defaults): {@code --cli cli/target}, {@code --work /tmp/kenmon-bench} (ledgers, data,
 * logs; 10 M records are about 5.5 GB a mode), {@code --sizes 1000000}, {@code --modes
 * repeat,unique}, {@code --repeats 1}, {@code --lists un}, {@code --xmx 1g}, {@code --out /dev/null} (where verdicts go;
 * a file measures the disk too), {@code --threads} (kenmon's default: all cores), {@code --report
 * bench/target/screen-throughput.md}.
 */
public final class ScreenThroughput {
  private ScreenThroughput() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, String> o = options(args);
    Path cli = Path.of(o.getOrDefault("cli", "cli/target")).resolve("kenmon-cli.jar");
    Path work = Path.of(o.getOrDefault("work", "/tmp/kenmon-bench"));
    List<Long> sizes = new ArrayList<>();
    for (String s : o.getOrDefault("sizes", "1000000").split(",")) {
      sizes.add(Long.parseLong(s.replace("_", "")));
    }
    List<String> modes = List.of(o.getOrDefault("modes", "repeat,unique").split(","));
    int repeats = Integer.parseInt(o.getOrDefault("repeats", "1"));
    List<String> jvm = List.of("-Xmx" + o.getOrDefault("xmx", "1g"));
    String out = o.getOrDefault("out", "/dev/null");
    Path report = Path.of(o.getOrDefault("report", "bench/target/screen-throughput.md"));
    if (!Files.isRegularFile(cli)) {
      throw new IllegalStateException("no " + cli + ": mvn -B -ntp -DskipTests -pl cli,bench -am package");
    }
    String lists = o.getOrDefault("lists", "un");
    Path logs = work.resolve("logs");
    Path data = work.resolve("data-" + lists);
    if (lists.equals("un+ofac")) {
      importOfac(cli, data, logs);
    } else if (!lists.equals("un")) {
      throw new IllegalArgumentException("--lists must be un or un+ofac, not " + lists);
    } else {
      o.put("lists-ref", "shipped");
    }

    List<ScreenRun> runs = new ArrayList<>();
    // Fixed costs: JVM start, loading regimes, lists and index, goods and places, on an empty input.
    Path empty = work.resolve("ledgers/empty.jsonl");
    Files.createDirectories(empty.getParent());
    Files.writeString(empty, "");
    ScreenRun startBase = once("startup-baseline", cli, jvm, empty, data, out, logs, true, o);
    ScreenRun startScreen = once("startup-screen", cli, jvm, empty, data, out, logs, false, o);
    for (long size : sizes) {
      for (String mode : modes) {
        Path ledger = ledger(work, size, mode, lists);
        long bad = Long.parseLong(Files.readString(badFile(ledger)).trim());
        for (int rep = 0; rep < repeats; rep++) {
          String tag = size + "-" + mode + "-" + lists + "-" + rep;
          // Alternate the order, so a drift in machine load favours neither.
          boolean baseFirst = rep % 2 == 0;
          for (int k = 0; k < 2; k++) {
            boolean baseline = (k == 0) == baseFirst;
            ScreenRun r = once((baseline ? "baseline-" : "screen-") + tag, cli, jvm, ledger, data, out, logs, baseline, o);
            if (r.read() != size || r.rejected() != bad) {
              throw new IllegalStateException(r.label() + ": read " + r.read() + ", rejected " + r.rejected() + "; expected "
                  + size + " and " + bad);
            }
            runs.add(r);
            System.err.println(line(r));
          }
        }
      }
    }
    String md = markdown(runs, startBase, startScreen, jvm, out);
    Files.createDirectories(report.toAbsolutePath().getParent());
    Files.writeString(report, md);
    System.out.print(md);
  }

  private static ScreenRun once(String label, Path cli, List<String> jvm, Path ledger, Path data, String out, Path logs,
      boolean baseline, Map<String, String> o) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("screen", ledger.toString(), "--data", data.toString(), "--out", out,
        "--rejects", logs.resolve(label + ".rejects.jsonl").toString(), "--no-progress"));
    if (baseline) {
      args.add("--no-screen");
    }
    if (o.containsKey("lists-ref")) {
      args.addAll(List.of("--lists", o.get("lists-ref")));
    }
    if (o.containsKey("threads")) {
      args.addAll(List.of("--threads", o.get("threads")));
    }
    return ScreenRun.run(label, cli, jvm, args, logs);
  }

  /** The data directory with OFAC SDN 2021 imported beside the shipped UN list. */
  private static void importOfac(Path cli, Path data, Path logs) throws IOException, InterruptedException {
    if (Files.isDirectory(data.resolve("lists/ofac-sdn"))) {
      return;
    }
    Files.createDirectories(logs);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        cli.toString(), "lists", "import", BenchData.listsData("ofac_sdn_csv_2021").toString(), "--format", "ofac-csv",
        "--as-of", BenchData.OFAC_2021_AS_OF.toString(), "--data", data.toString())
        .redirectErrorStream(true).redirectOutput(logs.resolve("import.log").toFile()).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("lists import failed; see " + logs.resolve("import.log"));
    }
  }

  /** The ledger of this size and mode (seed 1), generated on first use; its count of bad records beside it. */
  private static Path ledger(Path work, long size, String mode, String lists) throws IOException {
    Path file = work.resolve("ledgers/ledger-" + size + "-" + mode + "-" + lists + ".jsonl");
    if (Files.isRegularFile(file) && Files.isRegularFile(badFile(file))) {
      return file;
    }
    Files.createDirectories(file.getParent());
    long started = System.nanoTime();
    LedgerGenerator g = new LedgerGenerator(LedgerGenerator.Settings.of(size, 1, mode),
        LedgerGenerator.listEntries(lists), LedgerGenerator.yentePeople(200));
    LedgerGenerator.Stats stats;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      stats = g.write(w);
    }
    Files.writeString(badFile(file), stats.badTotal() + "\n");
    System.err.printf(Locale.ROOT, "generated %s: %s in %.0f s%n", file, stats.text(), (System.nanoTime() - started) / 1e9);
    return file;
  }

  private static Path badFile(Path ledger) {
    return ledger.resolveSibling(ledger.getFileName() + ".bad");
  }

  private static String line(ScreenRun r) {
    return String.format(Locale.ROOT, "%-28s %7.1f s  %,9.0f rec/s  cpu %6.1f s  heap peak %5d MiB, after GC %4d MiB, "
        + "rss %5d MiB  other cores %.2f", r.label(), r.wallSeconds(), r.recordsPerSecond(), r.cpuSeconds(),
        r.gc().maxBeforeBytes() >> 20, r.gc().maxAfterBytes() >> 20, r.maxRssKb() >> 10, r.otherCores());
  }

  static String markdown(List<ScreenRun> runs, ScreenRun startBase, ScreenRun startScreen, List<String> jvm,
      String out) {
    StringBuilder s = new StringBuilder();
    s.append(RunInfo.current().markdown()).append(" JVM options ").append(String.join(" ", jvm))
        .append("; verdicts to ").append(out).append(".\n\n");
    s.append(String.format(Locale.ROOT, "Fixed cost on an empty input (JVM start and setup): baseline %.2f s, screen %.2f s."
        + "%n%n", startBase.wallSeconds(), startScreen.wallSeconds()));
    s.append("| records | names | lists | run | wall s | records/s | records/s after setup | screen / baseline | CPU s "
        + "| CPU µs per record | heap peak (before GC) MiB | heap kept (after GC) MiB | RSS MiB | other load (cores) |\n");
    s.append("| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    Map<String, ScreenRun> baselines = new LinkedHashMap<>();
    for (ScreenRun r : runs) {
      if (r.label().startsWith("baseline-")) {
        baselines.put(r.label().substring("baseline-".length()), r);
      }
    }
    for (ScreenRun r : runs) {
      boolean base = r.label().startsWith("baseline-");
      String tag = r.label().substring(r.label().indexOf('-') + 1);
      String[] parts = tag.split("-");
      ScreenRun b = baselines.get(tag);
      double fixed = base ? startBase.wallSeconds() : startScreen.wallSeconds();
      double net = r.read() / Math.max(1e-3, r.wallSeconds() - fixed);
      s.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %.1f | %,.0f | %,.0f | %s | %.1f | %.1f | %d | %d | %d | %.2f |%n",
          r.read(), parts[1], parts[2], base ? "baseline" : "screen", r.wallSeconds(), r.recordsPerSecond(), net,
          base || b == null ? "" : String.format(Locale.ROOT, "%.2f", b.wallSeconds() / r.wallSeconds()),
          r.cpuSeconds(), r.cpuSeconds() * 1e6 / r.read(), r.gc().maxBeforeBytes() >> 20, r.gc().maxAfterBytes() >> 20,
          r.maxRssKb() >> 10, r.otherCores()));
    }
    return s.toString();
  }

  private static Map<String, String> options(String[] args) {
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
