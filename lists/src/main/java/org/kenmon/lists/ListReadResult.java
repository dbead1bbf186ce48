package org.kenmon.lists;

import java.util.List;
import java.util.Objects;
import org.kenmon.entity.ListVersion;
import org.kenmon.problems.Problem;

/**
 * What a reader made of one input: the version with every entry it could load, the problems it
 * found (errors reject a record, warnings drop a value but keep the record), and counts that
 * reconcile: every record read was loaded, rejected or skipped.
 *
 * @param read records seen in the input (OFAC: rows of {@code sdn.csv}; FtM: non-blank lines)
 * @param loaded records that became entries of {@link #version()}
 * @param rejected records dropped because of an error problem
 * @param skipped records deliberately not loaded, e.g. FtM {@code Sanction} or {@code Address}
 */
public record ListReadResult(ListVersion version, List<Problem> problems, int read, int loaded,
    int rejected, int skipped) {

  /**
   * @throws IllegalArgumentException when the counts do not reconcile or disagree with the version
   */
  public ListReadResult {
    Objects.requireNonNull(version, "version");
    problems = List.copyOf(problems);
    if (read != loaded + rejected + skipped) {
      throw new IllegalArgumentException("counts do not reconcile: read " + read + " != loaded " + loaded
          + " + rejected " + rejected + " + skipped " + skipped);
    }
    if (loaded != version.entries().size()) {
      throw new IllegalArgumentException("loaded " + loaded + " but the version has "
          + version.entries().size() + " entries");
    }
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** Problems whose field ends with the given suffix, e.g. {@code "imo"} for rejected IMO numbers. */
  public List<Problem> problemsOn(String fieldSuffix) {
    return problems.stream().filter(p -> p.field().endsWith(fieldSuffix)).toList();
  }
}
