package org.kenmon.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.kenmon.entity.ListVersion;
import org.kenmon.lists.ListFormat;
import org.kenmon.lists.ListInput;
import org.kenmon.lists.ListReadResult;
import org.kenmon.lists.ShippedLists;
import org.kenmon.match.index.ListIndex;

/**
 * The data the benchmarks run on. Lists: the UN consolidated list shipped in kenmon-lists
 * (2026-02-27) and the OFAC SDN legacy CSV set of mid-2021, read through the lists module's OFAC
 * reader as of 2021-07-07 (the date watchman committed it; the files carry none, see {@code
 * shared/data/lists/PROVENANCE.md}). Labelled files are found under {@code shared/}, by default
 * {@code ../shared} relative to the working directory (the repository root); the system property
 * {@code kenmon.shared} points elsewhere.
 */
public final class BenchData {
  /** The as-of date given to the OFAC reader for the 2021 set. */
  public static final LocalDate OFAC_2021_AS_OF = LocalDate.of(2021, 7, 7);

  private BenchData() {}

  /** The {@code shared/} folder. */
  public static Path shared() {
    return Path.of(System.getProperty("kenmon.shared", "../shared"));
  }

  /** A file under {@code shared/data/lists/}. */
  public static Path listsData(String relative) {
    return shared().resolve("data/lists").resolve(relative);
  }

  /**
   * The OFAC SDN 2021 set.
   *
   * @throws IllegalStateException when the folder is missing or a record is rejected
   */
  public static ListVersion ofac2021() {
    Path dir = listsData("ofac_sdn_csv_2021");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("no OFAC SDN 2021 set at " + dir.toAbsolutePath()
          + " (run from the repository root, or set -Dkenmon.shared=/path/to/shared)");
    }
    ListReadResult r = ListFormat.OFAC_CSV.reader().read(ListInput.of(dir).withAsOf(OFAC_2021_AS_OF));
    if (!r.errors().isEmpty()) {
      throw new IllegalStateException(r.errors().size() + " OFAC records rejected, first: " + r.errors().get(0));
    }
    return r.version();
  }

  /**
   * Where reports and miss lists go: {@code bench/target/} relative to the working directory, or
   * the system property {@code kenmon.bench.out}.
   */
  public static Path out(String file) {
    return Path.of(System.getProperty("kenmon.bench.out", "bench/target")).resolve(file);
  }

  /** The shipped UN list and OFAC SDN 2021, in that order. */
  public static List<ListVersion> unAndOfac() {
    return List.of(ShippedLists.un(), ofac2021());
  }

  /** The index every benchmark matches against: UN + OFAC SDN 2021. */
  public static ListIndex index() {
    return ListIndex.of(unAndOfac());
  }
}
