package org.kenmon.screen;

import java.time.LocalDate;
import java.util.List;
import org.kenmon.transaction.Transaction;

/**
 * The outcome of screening one transaction on one date: the worst of its findings, the findings
 * themselves (CLEAR ones included where they explain why a measure did not bite, such as an
 * amount at or under a threshold), and the stamp.
 */
public record Verdict(String id, Outcome outcome, LocalDate asOf, List<Finding> findings, Stamp stamp,
    Transaction transaction) {
  public Verdict {
    findings = List.copyOf(findings);
  }
}
