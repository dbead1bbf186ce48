package org.kenmon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kenmon.problems.Problem;
import org.kenmon.regime.yaml.RegimeLoader;
import org.kenmon.rulebook.RegimeHistory;
import picocli.CommandLine.Option;

/**
 * Which regimes a command works on: {@code --regimes} files or folders, else the {@code regimes/}
 * folder of the Kenmon home (set by the launcher), else the regimes bundled in the jar. Used as a
 * picocli mixin.
 */
final class RegimeOptions {
  @Option(names = "--regimes", paramLabel = "PATH", split = ",",
      description = "Regime files or folders (default: the shipped regimes/).")
  List<Path> paths;

  @Option(names = "--issuer", paramLabel = "ISSUER", split = ",",
      description = "Only these issuers, e.g. JP or JP,UN (default: all loaded).")
  Set<String> issuers = new LinkedHashSet<>();

  /** Loads the regimes, failing with every error listed when the data is invalid. */
  RegimeHistory history() {
    RegimeLoader.Result result = load();
    if (result.hasErrors()) {
      StringBuilder s = new StringBuilder("regime data is invalid (" + result.errorCount() + " errors); run "
          + "'kenmon regime check' for details. First error:\n  ");
      s.append(result.problems().stream().filter(Problem::isError).findFirst().orElseThrow());
      throw new InputException(s.toString());
    }
    RegimeHistory all = RegimeHistory.of(result.regimes());
    Set<String> upper = new LinkedHashSet<>();
    issuers.forEach(i -> upper.add(i.trim().toUpperCase(java.util.Locale.ROOT)));
    for (String issuer : upper) {
      if (!all.issuers().contains(issuer)) {
        throw new InputException("unknown issuer " + issuer + "; the loaded regimes have: "
            + String.join(", ", all.issuers()));
      }
    }
    return all.restrictTo(upper);
  }

  /** "JP", "JP, UN" or "all". */
  String issuerLabel(RegimeHistory history) {
    return String.join(", ", history.issuers());
  }

  RegimeLoader.Result load() {
    List<Path> chosen = paths;
    if (chosen == null || chosen.isEmpty()) {
      Path home = KenmonHome.regimesDir();
      if (home == null) {
        return RegimeLoader.loadShipped();
      }
      chosen = List.of(home);
    }
    for (Path p : chosen) {
      if (!Files.exists(p)) {
        throw new InputException("no such regime file or folder: " + p);
      }
    }
    try {
      return RegimeLoader.load(chosen);
    } catch (IOException e) {
      throw new InputException("cannot read regimes: " + e.getMessage(), e);
    }
  }
}
