package org.kenmon.whatif.report;

import java.time.LocalDate;
import java.util.List;
import org.kenmon.agreement.Agreement;

/**
 * What a what-if run compared, for the head of every report.
 *
 * @param effective the day the agreement takes effect in this run (its own, or the one given)
 * @param fixedDate the date every transaction was judged on, or null for the default rule
 * @param issuers the issuers whose measures count; empty for all
 * @param lists labels of the list versions parties were matched against
 * @param inputs the ledgers read
 */
public record RunInfo(Agreement agreement, LocalDate effective, LocalDate fixedDate, List<String> issuers,
    List<String> lists, List<String> inputs, String engine) {
  public RunInfo {
    issuers = List.copyOf(issuers);
    lists = List.copyOf(lists);
    inputs = List.copyOf(inputs);
  }

  /** How transactions were dated, in one sentence. */
  public String dating() {
    return fixedDate != null ? "every transaction judged as of " + fixedDate
        : "each transaction judged on its own date, or on " + effective
            + " (the day the agreement takes effect) if it is earlier";
  }

  /** The warning line a hypothetical agreement's report opens with, or null. */
  public String hypotheticalWarning() {
    return agreement.isHypothetical()
        ? "HYPOTHETICAL AGREEMENT: nobody has agreed this; it models a what-if for analysis" : null;
  }

  public String issuersText() {
    return issuers.isEmpty() ? "all issuers" : String.join(", ", issuers);
  }

  public String listsText() {
    return lists.isEmpty() ? "no lists (parties not matched)" : String.join(", ", lists);
  }
}
