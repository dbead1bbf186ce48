package org.kenmon.regime.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.kenmon.problems.Problem;
import org.kenmon.regime.Regime;

/**
 * Reads a set of regime files and checks what spans them: measure ids unique across all files,
 * related measures that exist somewhere in the set.
 */
public final class RegimeLoader {
  /** Classpath folder of the regime files bundled with Kenmon (copied from regimes/ at build). */
  public static final String SHIPPED_RESOURCE_DIR = "org/kenmon/shipped/regimes/";
  /** The shipped regime files, in load order. */
  public static final List<String> SHIPPED_FILES = List.of("jp-kp.yaml", "un-kp.yaml");

  private RegimeLoader() {}

  /** What loading a set of files gave: the regimes read and every problem found. */
  public record Result(List<Regime> regimes, List<Problem> problems) {
    public Result {
      regimes = List.copyOf(regimes);
      problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
      return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
      return problems.stream().filter(Problem::isError).count();
    }

    /** The regimes, or an exception listing every error when there is any. */
    public List<Regime> regimesOrThrow() {
      if (hasErrors()) {
        StringBuilder s = new StringBuilder("regime data has errors:");
        problems.stream().filter(Problem::isError).forEach(p -> s.append("\n  ").append(p));
        throw new IllegalStateException(s.toString());
      }
      return regimes;
    }
  }

  /** Loads files and directories (every {@code *.yaml} directly inside). */
  public static Result load(List<Path> paths) throws IOException {
    List<RegimeFile> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> yaml;
        try (Stream<Path> list = Files.list(path)) {
          yaml = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        if (yaml.isEmpty()) {
          Problem none = new Problem(Problem.Severity.ERROR, path.toString(), 0, 0, "", "folder holds no *.yaml regime files");
          files.add(new RegimeFile(null, List.of(none), List.of(), List.of()));
        }
        for (Path p : yaml) {
          files.add(RegimeReader.read(p));
        }
      } else {
        files.add(RegimeReader.read(path));
      }
    }
    return crossCheck(files);
  }

  /** Loads the regimes bundled with Kenmon. */
  public static Result loadShipped() {
    List<RegimeFile> files = new ArrayList<>();
    for (String name : SHIPPED_FILES) {
      String resource = SHIPPED_RESOURCE_DIR + name;
      try (InputStream in = RegimeLoader.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("shipped regime file missing from the classpath: " + resource);
        }
        files.add(RegimeReader.read("regimes/" + name, new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }
    return crossCheck(files);
  }

  /** Checks the references between files already read. */
  public static Result crossCheck(List<RegimeFile> files) {
    List<Problem> problems = new ArrayList<>();
    List<Regime> regimes = new ArrayList<>();
    Map<String, RegimeFile.Reference> defined = new HashMap<>();
    Set<String> regimeIds = new HashSet<>();
    for (RegimeFile f : files) {
      problems.addAll(f.problems());
      if (f.regime() != null) {
        regimes.add(f.regime());
        if (!regimeIds.add(f.regime().id())) {
          problems.add(new Problem(Problem.Severity.ERROR, f.regime().origin(), 0, 0, "regime",
              "regime " + f.regime().id() + " is loaded twice"));
        }
      }
      for (RegimeFile.Reference d : f.definitions()) {
        RegimeFile.Reference first = defined.putIfAbsent(d.id(), d);
        if (first != null && !first.file().equals(d.file())) {
          problems.add(new Problem(Problem.Severity.ERROR, d.file(), d.line(), d.column(), d.field(),
              "measure id \"" + d.id() + "\" is also defined at " + first.file() + ":" + first.line()));
        }
      }
    }
    for (RegimeFile f : files) {
      for (RegimeFile.Reference r : f.references()) {
        if (!defined.containsKey(r.id())) {
          problems.add(new Problem(Problem.Severity.ERROR, r.file(), r.line(), r.column(), r.field(),
              "related measure \"" + r.id() + "\" is not defined in any regime checked"));
        }
      }
    }
    return new Result(regimes, problems);
  }
}
