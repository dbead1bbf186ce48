package org.kenmon.server.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.kenmon.agreement.AgreementCheck;
import org.kenmon.agreement.AgreementFile;
import org.kenmon.agreement.AgreementReader;
import org.kenmon.entity.ListVersion;
import org.kenmon.goods.GoodsClassifier;
import org.kenmon.lists.store.ListStore;
import org.kenmon.match.MatchThresholds;
import org.kenmon.match.NameMatcher;
import org.kenmon.match.index.ListIndex;
import org.kenmon.places.Gazetteer;
import org.kenmon.problems.Problem;
import org.kenmon.regime.Regime;
import org.kenmon.regime.yaml.RegimeLoader;

/**
 * Builds a {@link Snapshot} from where the data lives, the way the CLI does: the regimes of a
 * folder (else those bundled in the jar), the agreement files of some folders, and the latest
 * stored version of each list in the data directory plus the shipped UN list unless a UN list is
 * stored ({@code kenmon screen}'s default).
 *
 * @param regimesDir null for the shipped regimes
 * @param agreementDirs folders of {@code *.yaml} agreement files; missing folders are skipped, and a
 *     later folder's file of the same agreement id wins
 */
public record SnapshotLoader(Path regimesDir, List<Path> agreementDirs, Path dataDir, String engine, Clock clock) {

  public SnapshotLoader {
    agreementDirs = List.copyOf(agreementDirs);
  }

  /** Data that cannot be served: regimes that do not load, with their first error. */
  public static final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DataException(String message) {
      super(message);
    }
  }

  /**
   * Loads everything.
   *
   * @throws DataException when the regimes are invalid or a stored list cannot be read
   */
  public Snapshot load() {
    List<Regime> regimes = regimes();
    Map<String, LoadedAgreement> agreements = agreements(regimes);
    List<ListVersion> lists = lists();
    NameMatcher matcher = new NameMatcher(ListIndex.of(lists), MatchThresholds.DEFAULT);
    return new Snapshot(regimes, agreements, lists, matcher, GoodsClassifier.shipped(), Gazetteer.shipped(), engine,
        clock.instant());
  }

  /** The list store of the data directory. */
  public ListStore listStore() {
    return new ListStore(dataDir);
  }

  /** Where uploaded agreement files are kept: {@code <data>/agreements}. */
  public Path uploadedAgreements() {
    return dataDir.resolve("agreements");
  }

  private List<Regime> regimes() {
    RegimeLoader.Result result;
    try {
      result = regimesDir == null ? RegimeLoader.loadShipped() : RegimeLoader.load(List.of(regimesDir));
    } catch (IOException e) {
      throw new DataException("cannot read the regimes in " + regimesDir + ": " + e.getMessage());
    }
    if (result.hasErrors()) {
      throw new DataException("the regime data is invalid (" + result.errorCount() + " errors); first: "
          + result.problems().stream().filter(Problem::isError).findFirst().orElseThrow());
    }
    return result.regimes();
  }

  private Map<String, LoadedAgreement> agreements(List<Regime> regimes) {
    Map<String, LoadedAgreement> out = new TreeMap<>();
    for (Path dir : agreementDirs) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      for (Path file : yamlFiles(dir)) {
        AgreementFile read;
        try {
          read = AgreementReader.read(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        List<Problem> problems = new ArrayList<>(read.problems());
        if (read.agreement() != null) {
          problems.addAll(AgreementCheck.check(read, regimes, null));
        }
        String id = read.agreement() != null ? read.agreement().id()
            : file.getFileName().toString().replaceFirst("\\.yaml$", "");
        out.put(id, new LoadedAgreement(file.toString(), read.agreement(), dedupe(problems)));
      }
    }
    return out;
  }

  private static List<Problem> dedupe(List<Problem> problems) {
    Map<String, Problem> unique = new LinkedHashMap<>();
    problems.forEach(p -> unique.putIfAbsent(p.toString(), p));
    return List.copyOf(unique.values());
  }

  private static List<Path> yamlFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /** kenmon screen's default selection, in one place for the CLI, the Flink job and the service. */
  private List<ListVersion> lists() {
    return listStore().defaultSelection();
  }
}
