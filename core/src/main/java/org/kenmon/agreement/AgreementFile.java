package org.kenmon.agreement;

import java.util.List;
import org.kenmon.problems.Problem;
import org.kenmon.regime.yaml.RegimeFile;

/**
 * What reading one agreement file gave: the agreement (null when the file could not be read at
 * all), its problems, where each of its changes sits in the file (for the checks against the
 * loaded regimes, {@link AgreementCheck}) and the measure ids that added measures name as related.
 *
 * @param sites one per change of the agreement, in the same order
 */
public record AgreementFile(Agreement agreement, List<Problem> problems, List<ChangeSites> sites,
    List<RegimeFile.Reference> references) {

  public AgreementFile {
    problems = List.copyOf(problems);
    sites = List.copyOf(sites);
    references = List.copyOf(references);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** A place in a file: 1-based line and column, and the field path. */
  public record Site(String file, int line, int column, String field) {
    /** A problem located here. */
    public Problem problem(Problem.Severity severity, String message) {
      return new Problem(severity, file, line, column, field, message);
    }
  }

  /** Where a change sits: the change itself, its {@code measure} field and its {@code from} (else the change). */
  public record ChangeSites(Site change, Site measure, Site from) {}
}
