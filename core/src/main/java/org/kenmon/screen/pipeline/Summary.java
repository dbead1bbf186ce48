package org.kenmon.screen.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.kenmon.screen.Finding;
import org.kenmon.screen.Outcome;
import org.kenmon.screen.Verdict;

/**
 * Counts of a screening run: records read, screened and rejected (read = screened + rejected,
 * always), verdicts by outcome, and findings by measure. Not thread-safe: one writer updates it.
 */
public final class Summary {
  private long read;
  private long screened;
  private long rejected;
  private final Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
  private final Map<String, Long> byMeasure = new TreeMap<>();

  public Summary() {
    for (Outcome o : Outcome.values()) {
      byOutcome.put(o, 0L);
    }
  }

  void add(Verdict v) {
    read++;
    screened++;
    byOutcome.merge(v.outcome(), 1L, Long::sum);
    for (Finding f : v.findings()) {
      if (f.effect() != Outcome.CLEAR) {
        byMeasure.merge(f.measure() == null ? "(list match or data)" : f.measure(), 1L, Long::sum);
      }
    }
  }

  void addRejected() {
    read++;
    rejected++;
  }

  public long read() {
    return read;
  }

  public long screened() {
    return screened;
  }

  public long rejected() {
    return rejected;
  }

  public Map<Outcome, Long> byOutcome() {
    return byOutcome;
  }

  public Map<String, Long> byMeasure() {
    return byMeasure;
  }

  /** Verdicts that need someone to act (prohibited, licence required, review). */
  public long needingAction() {
    return byOutcome.get(Outcome.PROHIBITED) + byOutcome.get(Outcome.LICENCE_REQUIRED) + byOutcome.get(Outcome.REVIEW);
  }

  public String text() {
    StringBuilder s = new StringBuilder();
    s.append(String.format("read %d = screened %d + rejected %d%n", read, screened, rejected));
    byOutcome.forEach((o, n) -> s.append(String.format("  %-17s %d%n", o.name(), n)));
    if (!byMeasure.isEmpty()) {
      s.append("findings by measure:\n");
      byMeasure.forEach((m, n) -> s.append(String.format("  %-44s %d%n", m, n)));
    }
    return s.toString();
  }
}
