package org.kenmon.server.data;

import java.util.List;
import org.kenmon.agreement.Agreement;
import org.kenmon.problems.Problem;

/**
 * An agreement file as the service loaded it: the agreement when valid (null when not), and the
 * problems found reading and checking it against the loaded regimes.
 */
public record LoadedAgreement(String file, Agreement agreement, List<Problem> problems) {
  public LoadedAgreement {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return agreement != null && problems.stream().noneMatch(Problem::isError);
  }
}
